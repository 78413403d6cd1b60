package uk.probationcareers.pathway;

import java.util.Map;

import static uk.probationcareers.pathway.DiagramLayout.NODE_WIDTH;

/**
 * Where the boxes are: each role's slot, the top of each row, the gap above it and the
 * height of every box.
 */
record Grid(Map<String, Grid.Slot> slots, int[] rowY, int[] gap, int nodeHeight) {

	int top(Slot slot) {
		return this.rowY[slot.row()];
	}

	int bottom(Slot slot) {
		return top(slot) + this.nodeHeight;
	}

	int centre(Slot slot) {
		return slot.x() + NODE_WIDTH / 2;
	}

	/**
	 * A role's place: its row and the left edge of its box, and whether another role of
	 * the same nation and stage is stacked below it.
	 */
	record Slot(MapRole role, int row, int x, boolean lastInCell) {
	}

}
