package uk.probationcareers.model;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A list of codes stored in one column, comma-separated: the one place such a column is
 * read and written, by JPA through this converter and by JDBC through {@link #join} and
 * {@link #split}.
 */
@Converter
public class CommaSeparated implements AttributeConverter<List<String>, String> {

	@Override
	public String convertToDatabaseColumn(List<String> codes) {
		return join(codes);
	}

	@Override
	public List<String> convertToEntityAttribute(String column) {
		return split(column);
	}

	/**
	 * The codes as the column holds them; an empty list is an empty string, as the
	 * columns are {@code NOT NULL}.
	 */
	public static String join(List<String> codes) {
		return (codes != null) ? String.join(",", codes) : "";
	}

	/**
	 * The codes in the column, trimmed, blanks left out.
	 */
	public static List<String> split(String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split(",")).map(String::strip).filter((code) -> !code.isEmpty()).toList();
	}

}
