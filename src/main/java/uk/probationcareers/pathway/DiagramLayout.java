package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.probationcareers.pathway.Diagram.Arrow;
import uk.probationcareers.pathway.Diagram.Band;
import uk.probationcareers.pathway.Diagram.Lane;
import uk.probationcareers.pathway.Diagram.Node;
import uk.probationcareers.pathway.Diagram.TextLine;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

/**
 * Places roles on a grid of nations (columns, left to right) by career stages (rows, top
 * to bottom), so a career reads downwards and the map stays narrow enough to read on a
 * laptop screen. Roles sharing a nation and a stage are stacked, those with a step down
 * to a later stage last, nearest to where they lead. Each arrow's label sits in the gap
 * just above the role it leads to, and the gaps grow to fit their labels. The same input
 * always gives the same picture.
 */
final class DiagramLayout {

	static final int STAGE_COLUMN = 112;

	static final int SLOT = 240;

	static final int NODE_WIDTH = 208;

	static final int HEADER = 40;

	static final int NODE_LINE = 18;

	static final int NODE_CHARS = 22;

	static final int LABEL_LINE = 16;

	static final int LABEL_CHARS = 30;

	static final int MIN_GAP = 40;

	private static final int PAD = 8;

	private static final int LABEL_CHAR_WIDTH = 7;

	private final Function<CareerPathLink, List<String>> labelText;

	/**
	 * @param labelText the phrases written beside an arrow, such as its typical time and
	 * route
	 */
	DiagramLayout(Function<CareerPathLink, List<String>> labelText) {
		this.labelText = labelText;
	}

	/**
	 * @param roles the roles to draw, in the order they are listed within a nation and
	 * stage
	 * @param links progression links; any whose ends are not both among the roles are
	 * left out
	 */
	Diagram layout(List<MapRole> roles, List<CareerPathLink> links) {
		Map<String, MapRole> bySlug = new HashMap<>();
		roles.forEach((role) -> bySlug.put(role.slug(), role));
		Set<String> stepsDown = new HashSet<>();
		for (CareerPathLink link : links) {
			MapRole from = bySlug.get(link.fromSlug());
			MapRole to = bySlug.get(link.toSlug());
			if (from != null && to != null && from.stage().compareTo(to.stage()) < 0) {
				stepsDown.add(from.slug());
			}
		}
		List<MapRole> ordered = roles.stream()
			.sorted(Comparator.comparing((MapRole role) -> stepsDown.contains(role.slug())))
			.toList();
		Map<RoleGroup, Map<CareerStage, List<MapRole>>> cells = new EnumMap<>(RoleGroup.class);
		for (MapRole role : ordered) {
			cells.computeIfAbsent(role.group(), (g) -> new EnumMap<>(CareerStage.class))
				.computeIfAbsent(role.stage(), (s) -> new ArrayList<>())
				.add(role);
		}
		List<Lane> lanes = lanes(cells);
		Map<CareerStage, Integer> firstRow = new EnumMap<>(CareerStage.class);
		int rowCount = 0;
		for (CareerStage stage : CareerStage.values()) {
			int rows = 0;
			for (Map<CareerStage, List<MapRole>> byStage : cells.values()) {
				rows = Math.max(rows, byStage.getOrDefault(stage, List.of()).size());
			}
			if (rows > 0) {
				firstRow.put(stage, rowCount);
				rowCount += rows;
			}
		}
		Map<String, Slot> slots = new LinkedHashMap<>();
		int nodeLines = 1;
		for (Lane lane : lanes) {
			cells.get(lane.group()).forEach((stage, cell) -> {
				for (int i = 0; i < cell.size(); i++) {
					slots.put(cell.get(i).slug(), new Slot(cell.get(i), firstRow.get(stage) + i,
							lane.x() + (SLOT - NODE_WIDTH) / 2, i == cell.size() - 1));
				}
			});
		}
		for (Slot slot : slots.values()) {
			nodeLines = Math.max(nodeLines, Lines.wrap(slot.role().title(), NODE_CHARS).size());
		}
		int nodeHeight = nodeLines * NODE_LINE + 2 * PAD + 4;

		Map<String, Integer> order = new HashMap<>();
		slots.keySet().forEach((slug) -> order.put(slug, order.size()));
		List<CareerPathLink> drawn = links.stream()
			.filter((link) -> slots.containsKey(link.fromSlug()) && slots.containsKey(link.toSlug()))
			.sorted(Comparator.comparing((CareerPathLink link) -> order.get(link.toSlug()))
				.thenComparing((link) -> order.get(link.fromSlug())))
			.toList();
		Map<CareerPathLink, List<String>> labels = new HashMap<>();
		Map<String, Integer> stackedLines = new HashMap<>();
		for (CareerPathLink link : drawn) {
			List<String> lines = this.labelText.apply(link)
				.stream()
				.flatMap((phrase) -> Lines.wrap(phrase, LABEL_CHARS).stream())
				.toList();
			labels.put(link, lines);
			if (downwards(slots, link)) {
				stackedLines.merge(link.toSlug(), lines.size(), Integer::sum);
			}
		}
		int[] gap = new int[rowCount];
		Arrays.fill(gap, MIN_GAP);
		stackedLines.forEach((slug, lines) -> {
			int row = slots.get(slug).row();
			gap[row] = Math.max(gap[row], lines * LABEL_LINE + 2 * PAD);
		});
		int[] rowY = new int[rowCount];
		int y = HEADER;
		for (int row = 0; row < rowCount; row++) {
			y += gap[row];
			rowY[row] = y;
			y += nodeHeight;
		}
		int height = y + 2 * PAD;

		List<Band> bands = new ArrayList<>();
		List<CareerStage> stages = new ArrayList<>(firstRow.keySet());
		for (int i = 0; i < stages.size(); i++) {
			int first = firstRow.get(stages.get(i));
			int top = rowY[first] - gap[first];
			int bottom = (i + 1 < stages.size())
					? rowY[firstRow.get(stages.get(i + 1))] - gap[firstRow.get(stages.get(i + 1))] : height;
			bands.add(new Band(stages.get(i), top, bottom - top, rowY[first] + nodeHeight / 2 + 5, i % 2 == 0));
		}

		List<Node> nodes = new ArrayList<>();
		for (Slot slot : slots.values()) {
			List<String> lines = Lines.wrap(slot.role().title(), NODE_CHARS);
			int top = rowY[slot.row()] + (nodeHeight - lines.size() * NODE_LINE) / 2 + NODE_LINE - 5;
			List<TextLine> text = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				text.add(new TextLine(lines.get(i), slot.x() + NODE_WIDTH / 2, top + i * NODE_LINE));
			}
			nodes.add(new Node(slot.role(), slot.x(), rowY[slot.row()], NODE_WIDTH, nodeHeight, text));
		}

		int width = lanes.isEmpty() ? STAGE_COLUMN
				: lanes.get(lanes.size() - 1).x() + lanes.get(lanes.size() - 1).width();
		List<Arrow> arrows = new ArrayList<>();
		Map<String, Integer> usedLines = new HashMap<>();
		for (CareerPathLink link : drawn) {
			Slot from = slots.get(link.fromSlug());
			Slot to = slots.get(link.toSlug());
			int sx = from.x() + NODE_WIDTH / 2;
			int tx = to.x() + NODE_WIDTH / 2;
			int sTop = rowY[from.row()];
			int tTop = rowY[to.row()];
			String path;
			int labelX;
			int labelY;
			if (from.row() < to.row()) {
				int sy = sTop + nodeHeight;
				int mid = (sy + tTop) / 2;
				if (from.lastInCell()) {
					path = "M" + sx + "," + sy + " C" + sx + "," + mid + " " + tx + "," + mid + " " + tx + "," + tTop;
				}
				else {
					// Out of the side, down the gutter past the roles stacked below it.
					int side = from.x() + NODE_WIDTH;
					int gutter = side + (SLOT - NODE_WIDTH) / 2 - 2;
					int middle = sTop + nodeHeight / 2;
					path = "M" + side + "," + middle + " C" + gutter + "," + middle + " " + gutter + ","
							+ (tTop - MIN_GAP / 2) + " " + tx + "," + tTop;
				}
				int before = usedLines.merge(link.toSlug(), labels.get(link).size(), Integer::sum)
						- labels.get(link).size();
				labelX = tx + PAD;
				labelY = tTop - gap[to.row()] + PAD + before * LABEL_LINE + LABEL_LINE - 4;
			}
			else if (from.row() > to.row()) {
				int ty = tTop + nodeHeight;
				int mid = (sTop + ty) / 2;
				path = "M" + sx + "," + sTop + " C" + sx + "," + mid + " " + tx + "," + mid + " " + tx + "," + ty;
				labelX = (sx + tx) / 2 + PAD;
				labelY = mid;
			}
			else {
				int bend = sTop - MIN_GAP + PAD;
				path = "M" + sx + "," + sTop + " C" + sx + "," + bend + " " + tx + "," + bend + " " + tx + "," + tTop;
				labelX = (sx + tx) / 2 + PAD;
				labelY = bend + LABEL_LINE;
			}
			List<TextLine> label = new ArrayList<>();
			List<String> lines = labels.get(link);
			for (int i = 0; i < lines.size(); i++) {
				label.add(new TextLine(lines.get(i), labelX, labelY + i * LABEL_LINE));
				width = Math.max(width, labelX + lines.get(i).length() * LABEL_CHAR_WIDTH + PAD);
			}
			arrows.add(new Arrow(link.fromSlug(), link.toSlug(), path, List.copyOf(label)));
		}
		return new Diagram(width, height, lanes, List.copyOf(bands), List.copyOf(nodes), List.copyOf(arrows));
	}

	private static List<Lane> lanes(Map<RoleGroup, Map<CareerStage, List<MapRole>>> cells) {
		List<Lane> lanes = new ArrayList<>();
		int x = STAGE_COLUMN;
		for (RoleGroup group : cells.keySet()) {
			lanes.add(new Lane(group, x, SLOT));
			x += SLOT;
		}
		return List.copyOf(lanes);
	}

	private static boolean downwards(Map<String, Slot> slots, CareerPathLink link) {
		return slots.get(link.fromSlug()).row() < slots.get(link.toSlug()).row();
	}

	private record Slot(MapRole role, int row, int x, boolean lastInCell) {
	}

}
