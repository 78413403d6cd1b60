package uk.probationcareers.pathway;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

/**
 * The nation and career stage a reader chose to see, read from the query string. Either
 * may be left blank for all of them; anything that is not one of the choices is an error
 * to show beside its field.
 *
 * @param nation the chosen nation, or {@code null} for every nation
 * @param stage the chosen stage, or {@code null} for every stage
 * @param nationError the message key of the nation's error, or {@code null}
 * @param stageError the message key of the stage's error, or {@code null}
 */
public record MapFilter(RoleGroup nation, CareerStage stage, String nationError, String stageError) {

	static final MapFilter NONE = new MapFilter(null, null, null, null);

	static MapFilter parse(String nation, String stage) {
		Optional<RoleGroup> group = choice(RoleGroup.values(), nation);
		Optional<CareerStage> careerStage = choice(CareerStage.values(), stage);
		return new MapFilter(group.orElse(null), careerStage.orElse(null),
				(group.isEmpty() && !isBlank(nation)) ? "map.error.nation" : null,
				(careerStage.isEmpty() && !isBlank(stage)) ? "map.error.stage" : null);
	}

	/**
	 * The nations to choose from, in the order the map shows them.
	 */
	public List<RoleGroup> nations() {
		return List.of(RoleGroup.values());
	}

	public List<CareerStage> stages() {
		return List.of(CareerStage.values());
	}

	public boolean hasErrors() {
		return this.nationError != null || this.stageError != null;
	}

	public boolean isChosen() {
		return this.nation != null || this.stage != null;
	}

	/**
	 * The message key of what a reader can do when the map is too big to draw: choose a
	 * nation or stage, choose both, or read the list.
	 */
	public String narrowingHint() {
		if (this.nation != null && this.stage != null) {
			return "map.tooMany.list";
		}
		return isChosen() ? "map.tooMany.narrower" : "map.tooMany.index";
	}

	boolean includes(RoleGroup group, CareerStage careerStage) {
		return (this.nation == null || this.nation == group) && (this.stage == null || this.stage == careerStage);
	}

	private static <E extends Enum<E>> Optional<E> choice(E[] values, String value) {
		return Arrays.stream(values).filter((v) -> v.name().equals(value)).findFirst();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
