package uk.probationcareers.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.probationcareers.postgres.PostgresAvailable;
import uk.probationcareers.support.ExternalSuite;

/**
 * Runs the PostgreSQL test when the server the PostgreSQL suite uses answers and lets its
 * user in; otherwise skips it saying why, or fails when {@code suites.required=true}.
 */
class PostgresServer implements ExecutionCondition {

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		String problem = null;
		try {
			execute("SELECT 1");
		}
		catch (SQLException ex) {
			problem = PostgresAvailable.describe(ex, PostgresAvailable.HOST, PostgresAvailable.PORT,
					PostgresAvailable.USER);
		}
		return ExternalSuite.runWhen(problem == null, context.getDisplayName() + " on PostgreSQL", problem);
	}

	static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(PostgresAvailable.url("postgres"),
				PostgresAvailable.USER, PostgresAvailable.PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
