package uk.probationcareers.pathway;

import java.util.List;

import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

/**
 * A career-path map laid out for drawing as SVG: one column (lane) per nation, one band
 * per career stage, a box per role and an arrow per progression link. All positions are
 * in SVG user units within {@code width} by {@code height}.
 */
public record Diagram(int width, int height, List<Lane> lanes, List<Band> bands, List<Node> nodes, List<Arrow> arrows) {

	public record Lane(RoleGroup group, int x, int width) {

		public int headingX() {
			return this.x + 8;
		}

	}

	public record Band(CareerStage stage, int y, int height, int labelY, boolean shaded) {
	}

	public record Node(MapRole role, int x, int y, int width, int height, List<TextLine> lines) {
	}

	public record Arrow(String fromSlug, String toSlug, String path, List<TextLine> label) {
	}

	public record TextLine(String text, int x, int y) {
	}

}
