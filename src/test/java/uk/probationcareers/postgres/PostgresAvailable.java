package uk.probationcareers.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.probationcareers.support.ExternalSuite;

/**
 * Runs the PostgreSQL suite when a server answers, on a throwaway database made afresh
 * for each run.
 */
class PostgresAvailable implements ExecutionCondition {

	static final String HOST = System.getProperty("postgres.host", "127.0.0.1");

	static final String PORT = System.getProperty("postgres.port", "5432");

	static final String USER = System.getProperty("postgres.user", "postgres");

	static final String PASSWORD = System.getProperty("postgres.password", "");

	static final String DATABASE = "probation_careers_suite";

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
			problem = "no PostgreSQL server answered at " + HOST + ":" + PORT + " as " + USER + " (" + ex.getMessage()
					+ ")";
		}
		return ExternalSuite.runWhen(problem == null, "PostgreSQL suite", problem);
	}

	static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database + "?connectTimeout=3";
	}

	private static void recreateDatabase() throws SQLException {
		try (Connection connection = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + DATABASE);
		}
	}

}
