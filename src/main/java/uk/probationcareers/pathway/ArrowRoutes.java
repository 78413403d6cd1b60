package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;

import uk.probationcareers.pathway.Diagram.Arrow;
import uk.probationcareers.pathway.Diagram.TextLine;
import uk.probationcareers.pathway.Grid.Slot;
import uk.probationcareers.role.CareerPathLink;

/**
 * The path of an arrow between two placed roles, as an SVG cubic curve, and where its
 * label goes. A step down runs from the bottom of one box to the top of the other, its
 * label in the gap above the box it leads to; a role with others stacked below it sends
 * its arrow out of its side and down the gutter past them. Steps up, or between roles of
 * the same row, are rare: they curve between the boxes, labelled half way.
 */
final class ArrowRoutes {

	private static final int PAD = DiagramLayout.PAD;

	private ArrowRoutes() {
	}

	/**
	 * @param lines the label, already wrapped
	 * @param linesAbove how many label lines of other arrows into the same role come
	 * first
	 */
	static Arrow route(Grid grid, CareerPathLink link, List<String> lines, int linesAbove) {
		Slot from = grid.slots().get(link.fromSlug());
		Slot to = grid.slots().get(link.toSlug());
		int sx = grid.centre(from);
		int tx = grid.centre(to);
		String path;
		int labelX = (sx + tx) / 2 + PAD;
		int labelY;
		if (from.row() < to.row()) {
			int mid = (grid.bottom(from) + grid.top(to)) / 2;
			if (from.lastInCell()) {
				path = curve(sx, grid.bottom(from), sx, mid, tx, mid, tx, grid.top(to));
			}
			else {
				int side = from.x() + DiagramLayout.NODE_WIDTH;
				int gutter = side + (DiagramLayout.SLOT - DiagramLayout.NODE_WIDTH) / 2 - 2;
				int middle = grid.top(from) + grid.nodeHeight() / 2;
				path = curve(side, middle, gutter, middle, gutter, grid.top(to) - DiagramLayout.MIN_GAP / 2, tx,
						grid.top(to));
			}
			labelX = tx + PAD;
			labelY = grid.top(to) - grid.gap()[to.row()] + PAD + (linesAbove + 1) * DiagramLayout.LABEL_LINE - 4;
		}
		else if (from.row() > to.row()) {
			int mid = (grid.top(from) + grid.bottom(to)) / 2;
			path = curve(sx, grid.top(from), sx, mid, tx, mid, tx, grid.bottom(to));
			labelY = mid;
		}
		else {
			int bend = grid.top(from) - DiagramLayout.MIN_GAP + PAD;
			path = curve(sx, grid.top(from), sx, bend, tx, bend, tx, grid.top(to));
			labelY = bend + DiagramLayout.LABEL_LINE;
		}
		List<TextLine> label = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			label.add(new TextLine(lines.get(i), labelX, labelY + i * DiagramLayout.LABEL_LINE));
		}
		return new Arrow(link.fromSlug(), link.toSlug(), path, List.copyOf(label));
	}

	private static String curve(int x0, int y0, int x1, int y1, int x2, int y2, int x3, int y3) {
		return "M" + x0 + "," + y0 + " C" + x1 + "," + y1 + " " + x2 + "," + y2 + " " + x3 + "," + y3;
	}

}
