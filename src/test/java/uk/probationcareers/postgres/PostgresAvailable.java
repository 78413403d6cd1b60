package uk.probationcareers.postgres;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.probationcareers.support.ExternalSuite;

/**
 * Runs the PostgreSQL suite when a server answers and lets it in, on a throwaway database
 * made afresh for each run.
 * <p>
 * The connection comes from {@code -Dpostgres.host}, {@code .port}, {@code .user} and
 * {@code .password} when given, otherwise from the same environment variables and
 * defaults as the {@code postgres} profile and docker compose ({@code POSTGRES_HOST}
 * localhost, {@code POSTGRES_PORT} 5432, {@code POSTGRES_USER} postgres,
 * {@code POSTGRES_PASSWORD} postgres). The database is always the suite's own.
 */
public class PostgresAvailable implements ExecutionCondition {

	public static final String HOST = setting("postgres.host", "POSTGRES_HOST", "localhost");

	public static final String PORT = setting("postgres.port", "POSTGRES_PORT", "5432");

	public static final String USER = setting("postgres.user", "POSTGRES_USER", "postgres");

	public static final String PASSWORD = setting("postgres.password", "POSTGRES_PASSWORD", "postgres");

	static final String DATABASE = setting("postgres.database", "POSTGRES_SUITE_DATABASE", "probation_careers_suite");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("PostgreSQL suite: database already made for the class");
		}
		String problem = null;
		try {
			recreateDatabase();
		}
		catch (SQLException ex) {
			problem = describe(ex, HOST, PORT, USER);
		}
		return ExternalSuite.runWhen(problem == null, "PostgreSQL suite", problem);
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?connectTimeout=3";
	}

	/**
	 * Says what went wrong in words that point at the fix: nothing listening, no answer,
	 * a refused password, a refused user, or something else.
	 */
	public static String describe(SQLException ex, String host, String port, String user) {
		String where = host + ":" + port;
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		String detail = " (" + ex.getMessage() + ")";
		Throwable cause = ex.getCause();
		if (cause instanceof UnknownHostException) {
			return "the host name " + host + " is not known (set POSTGRES_HOST or -Dpostgres.host)";
		}
		if (cause instanceof ConnectException) {
			return "connection refused at " + where + ": no PostgreSQL server is listening there"
					+ " (start one, or set POSTGRES_HOST and POSTGRES_PORT)";
		}
		if (cause instanceof SocketTimeoutException || cause instanceof NoRouteToHostException) {
			return "no server answered at " + where + " within 3 seconds" + detail;
		}
		if (state.equals("28P01") || (state.equals("08004") && ex.getMessage().contains("password"))) {
			return "the PostgreSQL server at " + where + " refused the password for user " + user
					+ " (set POSTGRES_PASSWORD or -Dpostgres.password to its password)" + detail;
		}
		if (state.equals("28000")) {
			return "the PostgreSQL server at " + where + " does not let user " + user + " in"
					+ " (check the user and the server's pg_hba.conf)" + detail;
		}
		if (state.equals("42501")) {
			return "user " + user + " at " + where + " may not create or drop the suite's database " + DATABASE
					+ " (it needs CREATEDB)" + detail;
		}
		return "the PostgreSQL server at " + where + " answered but the suite could not prepare its database as " + user
				+ detail + (state.isEmpty() ? "" : " [SQLState " + state + "]");
	}

	private static void recreateDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

	private static String setting(String property, String variable, String fallback) {
		String value = System.getProperty(property);
		if (value == null) {
			value = System.getenv(variable);
		}
		return (value != null) ? value : fallback;
	}

}
