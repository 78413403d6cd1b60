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
import uk.probationcareers.pathway.Grid.Slot;
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

	static final int PAD = 8;

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
		Map<RoleGroup, Map<CareerStage, List<MapRole>>> cells = cells(roles, links);
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
		for (Lane lane : lanes) {
			cells.get(lane.group()).forEach((stage, cell) -> {
				for (int i = 0; i < cell.size(); i++) {
					slots.put(cell.get(i).slug(), new Slot(cell.get(i), firstRow.get(stage) + i,
							lane.x() + (SLOT - NODE_WIDTH) / 2, i == cell.size() - 1));
				}
			});
		}
		int nodeLines = slots.values()
			.stream()
			.mapToInt((slot) -> Lines.wrap(slot.role().title(), NODE_CHARS).size())
			.max()
			.orElse(1);
		int nodeHeight = nodeLines * NODE_LINE + 2 * PAD + 4;

		List<CareerPathLink> drawn = drawn(slots, links);
		Map<CareerPathLink, List<String>> labels = new HashMap<>();
		int[] gap = new int[rowCount];
		Arrays.fill(gap, MIN_GAP);
		Map<String, Integer> stackedLines = new HashMap<>();
		for (CareerPathLink link : drawn) {
			List<String> lines = this.labelText.apply(link)
				.stream()
				.flatMap((phrase) -> Lines.wrap(phrase, LABEL_CHARS).stream())
				.toList();
			labels.put(link, lines);
			Slot to = slots.get(link.toSlug());
			if (slots.get(link.fromSlug()).row() < to.row()) {
				int stacked = stackedLines.merge(link.toSlug(), lines.size(), Integer::sum);
				gap[to.row()] = Math.max(gap[to.row()], stacked * LABEL_LINE + 2 * PAD);
			}
		}
		Grid grid = new Grid(slots, rowTops(gap, nodeHeight), gap, nodeHeight);
		int height = ((rowCount > 0) ? grid.rowY()[rowCount - 1] + nodeHeight : HEADER) + 2 * PAD;

		List<Arrow> arrows = new ArrayList<>();
		Map<String, Integer> linesAbove = new HashMap<>();
		for (CareerPathLink link : drawn) {
			int above = linesAbove.merge(link.toSlug(), labels.get(link).size(), Integer::sum)
					- labels.get(link).size();
			arrows.add(ArrowRoutes.route(grid, link, labels.get(link), above));
		}
		int width = STAGE_COLUMN + lanes.size() * SLOT;
		for (Arrow arrow : arrows) {
			for (TextLine line : arrow.label()) {
				width = Math.max(width, line.x() + line.text().length() * LABEL_CHAR_WIDTH + PAD);
			}
		}
		return new Diagram(width, height, lanes, bands(grid, firstRow, height), nodes(grid), List.copyOf(arrows));
	}

	/**
	 * The roles of each nation and stage, those with a step down to a later stage last.
	 */
	private static Map<RoleGroup, Map<CareerStage, List<MapRole>>> cells(List<MapRole> roles,
			List<CareerPathLink> links) {
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
		Map<RoleGroup, Map<CareerStage, List<MapRole>>> cells = new EnumMap<>(RoleGroup.class);
		roles.stream()
			.sorted(Comparator.comparing((MapRole role) -> stepsDown.contains(role.slug())))
			.forEach((role) -> cells.computeIfAbsent(role.group(), (g) -> new EnumMap<>(CareerStage.class))
				.computeIfAbsent(role.stage(), (s) -> new ArrayList<>())
				.add(role));
		return cells;
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

	/**
	 * The links whose ends are both drawn, in the order of the roles they lead to.
	 */
	private static List<CareerPathLink> drawn(Map<String, Slot> slots, List<CareerPathLink> links) {
		Map<String, Integer> order = new HashMap<>();
		slots.keySet().forEach((slug) -> order.put(slug, order.size()));
		return links.stream()
			.filter((link) -> slots.containsKey(link.fromSlug()) && slots.containsKey(link.toSlug()))
			.sorted(Comparator.comparing((CareerPathLink link) -> order.get(link.toSlug()))
				.thenComparing((link) -> order.get(link.fromSlug())))
			.toList();
	}

	private static int[] rowTops(int[] gap, int nodeHeight) {
		int[] rowY = new int[gap.length];
		int y = HEADER;
		for (int row = 0; row < gap.length; row++) {
			y += gap[row];
			rowY[row] = y;
			y += nodeHeight;
		}
		return rowY;
	}

	private static List<Band> bands(Grid grid, Map<CareerStage, Integer> firstRow, int height) {
		List<Band> bands = new ArrayList<>();
		List<Integer> tops = firstRow.values().stream().map((row) -> grid.rowY()[row] - grid.gap()[row]).toList();
		List<CareerStage> stages = List.copyOf(firstRow.keySet());
		for (int i = 0; i < stages.size(); i++) {
			int bottom = (i + 1 < stages.size()) ? tops.get(i + 1) : height;
			int labelY = grid.rowY()[firstRow.get(stages.get(i))] + grid.nodeHeight() / 2 + 5;
			bands.add(new Band(stages.get(i), tops.get(i), bottom - tops.get(i), labelY, i % 2 == 0));
		}
		return List.copyOf(bands);
	}

	private static List<Node> nodes(Grid grid) {
		List<Node> nodes = new ArrayList<>();
		for (Slot slot : grid.slots().values()) {
			List<String> lines = Lines.wrap(slot.role().title(), NODE_CHARS);
			int top = grid.top(slot) + (grid.nodeHeight() - lines.size() * NODE_LINE) / 2 + NODE_LINE - 5;
			List<TextLine> text = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				text.add(new TextLine(lines.get(i), grid.centre(slot), top + i * NODE_LINE));
			}
			nodes
				.add(new Node(slot.role(), slot.x(), grid.top(slot), NODE_WIDTH, grid.nodeHeight(), List.copyOf(text)));
		}
		return List.copyOf(nodes);
	}

}
