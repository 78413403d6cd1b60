package uk.probationcareers.compare;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.probationcareers.compare.Comparison.Column;
import uk.probationcareers.role.CareerPathLink;

/**
 * Finds, for every pair of chosen roles, the shortest way along the published career path
 * from one to the other, whichever of the two comes first.
 */
final class CareerWays {

	private final Map<String, List<CareerPathLink>> linksFrom = new LinkedHashMap<>();

	CareerWays(List<CareerPathLink> links) {
		for (CareerPathLink link : links) {
			this.linksFrom.computeIfAbsent(link.fromSlug(), (slug) -> new ArrayList<>()).add(link);
		}
	}

	List<CareerWay> between(List<Column> columns) {
		List<CareerWay> ways = new ArrayList<>();
		for (int i = 0; i < columns.size(); i++) {
			for (int j = i + 1; j < columns.size(); j++) {
				Column first = columns.get(i);
				Column second = columns.get(j);
				Optional<List<CareerPathLink>> forward = shortest(first.slug(), second.slug());
				if (forward.isPresent()) {
					ways.add(new CareerWay(first, second, forward.get()));
				}
				else {
					shortest(second.slug(), first.slug())
						.ifPresent((steps) -> ways.add(new CareerWay(second, first, steps)));
				}
			}
		}
		return ways;
	}

	/**
	 * Breadth-first search along "leads to" links, so the first way found has the fewest
	 * steps.
	 */
	Optional<List<CareerPathLink>> shortest(String start, String goal) {
		if (start.equals(goal)) {
			return Optional.empty();
		}
		Map<String, CareerPathLink> reachedBy = new HashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(start));
		while (!queue.isEmpty()) {
			String at = queue.poll();
			for (CareerPathLink link : this.linksFrom.getOrDefault(at, List.of())) {
				String next = link.toSlug();
				if (next.equals(start) || reachedBy.containsKey(next)) {
					continue;
				}
				reachedBy.put(next, link);
				if (next.equals(goal)) {
					return Optional.of(trace(reachedBy, start, goal));
				}
				queue.add(next);
			}
		}
		return Optional.empty();
	}

	private static List<CareerPathLink> trace(Map<String, CareerPathLink> reachedBy, String start, String goal) {
		List<CareerPathLink> steps = new ArrayList<>();
		String at = goal;
		while (!at.equals(start)) {
			CareerPathLink link = reachedBy.get(at);
			steps.add(link);
			at = link.fromSlug();
		}
		Collections.reverse(steps);
		return List.copyOf(steps);
	}

}
