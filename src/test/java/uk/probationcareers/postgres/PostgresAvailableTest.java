package uk.probationcareers.postgres;

import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The PostgreSQL suite's skip and failure messages say what actually went wrong.
 */
class PostgresAvailableTest {

	@Test
	void aPortWithNothingListeningIsReportedAsRefused() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		SQLException refused = catchThrowableOfType(SQLException.class, () -> DriverManager
			.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres?connectTimeout=3", "postgres", "x"));

		assertThat(PostgresAvailable.describe(refused, "127.0.0.1", String.valueOf(port), "postgres"))
			.startsWith("connection refused at 127.0.0.1:" + port);
	}

	@Test
	void aRefusedPasswordIsReportedAsSuchNotAsAMissingServer() {
		String wrong = PostgresAvailable.describe(new SQLException("password authentication failed", "28P01"),
				"localhost", "5432", "postgres");
		String empty = PostgresAvailable.describe(new SQLException(
				"The server requested SCRAM-based authentication, but the password is an empty string.", "08004"),
				"localhost", "5432", "postgres");

		assertThat(wrong).startsWith("the PostgreSQL server at localhost:5432 refused the password for user postgres")
			.contains("POSTGRES_PASSWORD")
			.doesNotContain("no server");
		assertThat(empty).startsWith("the PostgreSQL server at localhost:5432 refused the password");
	}

	@Test
	void aRefusedUserAndAnUnknownHostAreNamed() {
		assertThat(PostgresAvailable.describe(new SQLException("no pg_hba.conf entry", "28000"), "db", "5432", "app"))
			.contains("does not let user app in")
			.contains("pg_hba.conf");
		assertThat(PostgresAvailable.describe(new SQLException("unknown", "08001", new UnknownHostException("db")),
				"db", "5432", "app"))
			.startsWith("the host name db is not known");
		assertThat(PostgresAvailable.describe(new SQLException("refused", "08001", new ConnectException()), "db",
				"5432", "app"))
			.startsWith("connection refused at db:5432");
	}

}
