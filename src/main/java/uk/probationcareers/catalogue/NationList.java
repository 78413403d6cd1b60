package uk.probationcareers.catalogue;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import uk.probationcareers.model.CommaSeparated;

/**
 * The nations a row covers, stored as comma-separated codes.
 */
@Converter
public class NationList implements AttributeConverter<List<Nation>, String> {

	@Override
	public String convertToDatabaseColumn(List<Nation> nations) {
		return CommaSeparated.join((nations != null) ? nations.stream().map(Nation::name).toList() : List.of());
	}

	@Override
	public List<Nation> convertToEntityAttribute(String column) {
		return CommaSeparated.split(column).stream().map(Nation::valueOf).toList();
	}

}
