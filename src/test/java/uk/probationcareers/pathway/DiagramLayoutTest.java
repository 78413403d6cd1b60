package uk.probationcareers.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import uk.probationcareers.pathway.Diagram.Arrow;
import uk.probationcareers.pathway.Diagram.Node;
import uk.probationcareers.pathway.Diagram.TextLine;
import uk.probationcareers.role.CareerPathLink;
import uk.probationcareers.role.CareerStage;
import uk.probationcareers.role.RoleGroup;

import static org.assertj.core.api.Assertions.assertThat;

class DiagramLayoutTest {

	static final MapRole PSO = role("pso", "Probation service officer", RoleGroup.ENGLAND_WALES, CareerStage.ENTRY);

	static final MapRole TRAINEE = role("trainee", "Trainee probation officer", RoleGroup.ENGLAND_WALES,
			CareerStage.TRAINING);

	static final MapRole PO = role("po", "Probation officer", RoleGroup.ENGLAND_WALES, CareerStage.QUALIFIED);

	static final MapRole SCOTLAND = role("jsw", "Justice social worker", RoleGroup.SCOTLAND, CareerStage.QUALIFIED);

	static final MapRole PRISON = role("prison", "Prison officer", RoleGroup.RELATED, CareerStage.ENTRY);

	static final List<MapRole> ROLES = List.of(PSO, TRAINEE, PO, SCOTLAND, PRISON);

	static final String LONG_TIME = "At least 6 months as a probation service officer, under the 2022 staff guidance";

	static final List<CareerPathLink> LINKS = List.of(link(PSO, TRAINEE, LONG_TIME, "Internal PQiP campaign"),
			link(TRAINEE, PO, "15 to 27 months", null));

	final DiagramLayout layout = new DiagramLayout(
			(link) -> (link.typicalTime() != null) ? List.of(link.typicalTime()) : List.of());

	@Test
	void nationsAreColumnsLeftToRightAndStagesAreRowsTopToBottom() {
		Map<String, Node> nodes = nodes(this.layout.layout(ROLES, LINKS));

		assertThat(nodes.get(PSO.slug()).y()).isLessThan(nodes.get(TRAINEE.slug()).y());
		assertThat(nodes.get(TRAINEE.slug()).y()).isLessThan(nodes.get(PO.slug()).y());
		assertThat(nodes.get(PO.slug()).y()).isEqualTo(nodes.get(SCOTLAND.slug()).y());
		assertThat(nodes.get(PRISON.slug()).y()).isEqualTo(nodes.get(PSO.slug()).y());
		assertThat(nodes.get(PSO.slug()).x()).isEqualTo(nodes.get(PO.slug()).x());
		assertThat(nodes.get(PO.slug()).x()).isLessThan(nodes.get(SCOTLAND.slug()).x());
		assertThat(nodes.get(SCOTLAND.slug()).x()).isLessThan(nodes.get(PRISON.slug()).x());
	}

	@Test
	void onlyTheNationsAndStagesWithRolesGetALaneOrABand() {
		Diagram diagram = this.layout.layout(ROLES, LINKS);

		assertThat(diagram.lanes()).extracting(Diagram.Lane::group)
			.containsExactly(RoleGroup.ENGLAND_WALES, RoleGroup.SCOTLAND, RoleGroup.RELATED);
		assertThat(diagram.bands()).extracting(Diagram.Band::stage)
			.containsExactly(CareerStage.ENTRY, CareerStage.TRAINING, CareerStage.QUALIFIED);
	}

	@Test
	void theSameRolesAndLinksAlwaysGiveTheSamePicture() {
		List<MapRole> shuffled = new ArrayList<>(ROLES);
		assertThat(this.layout.layout(shuffled, LINKS)).isEqualTo(this.layout.layout(ROLES, LINKS));
		assertThat(this.layout.layout(ROLES, List.of(LINKS.get(1), LINKS.get(0))))
			.isEqualTo(this.layout.layout(ROLES, LINKS));
	}

	@Test
	void anArrowRunsFromTheBottomOfOneRoleToTheTopOfTheNextWithItsLabelInTheGapBetween() {
		Diagram diagram = this.layout.layout(ROLES, LINKS);
		Map<String, Node> nodes = nodes(diagram);
		Node pso = nodes.get(PSO.slug());
		Node trainee = nodes.get(TRAINEE.slug());
		Arrow arrow = diagram.arrows().get(0);

		assertThat(arrow.fromSlug()).isEqualTo(PSO.slug());
		assertThat(arrow.path()).startsWith("M" + (pso.x() + pso.width() / 2) + "," + (pso.y() + pso.height()))
			.endsWith((trainee.x() + trainee.width() / 2) + "," + trainee.y());
		assertThat(arrow.label()).extracting(TextLine::text)
			.allMatch((line) -> line.length() <= DiagramLayout.LABEL_CHARS)
			.hasSizeGreaterThan(1);
		assertThat(String.join(" ", arrow.label().stream().map(TextLine::text).toList())).isEqualTo(LONG_TIME);
		for (TextLine line : arrow.label()) {
			assertThat(line.y() - DiagramLayout.LABEL_LINE).isGreaterThanOrEqualTo(pso.y() + pso.height());
			assertThat(line.y()).isLessThan(trainee.y());
		}
	}

	@Test
	void aLongerLabelWidensTheGapAboveTheRoleItLeadsTo() {
		Map<String, Node> shortLabel = nodes(this.layout.layout(ROLES, List.of(link(PSO, TRAINEE, "A year", null))));
		Map<String, Node> longLabel = nodes(this.layout.layout(ROLES, List.of(link(PSO, TRAINEE, LONG_TIME, null))));

		int shortGap = shortLabel.get(TRAINEE.slug()).y() - shortLabel.get(PSO.slug()).y();
		int longGap = longLabel.get(TRAINEE.slug()).y() - longLabel.get(PSO.slug()).y();
		assertThat(longGap).isGreaterThan(shortGap);
	}

	@Test
	void ofRolesStackedTogetherTheOneWithAStepDownComesLastNearestWhereItLeads() {
		MapRole residential = role("aprw", "Approved premises residential worker", RoleGroup.ENGLAND_WALES,
				CareerStage.ENTRY);
		Map<String, Node> nodes = nodes(this.layout.layout(List.of(PSO, residential, TRAINEE), LINKS));

		assertThat(nodes.get("aprw").y()).isLessThan(nodes.get(PSO.slug()).y());
		assertThat(nodes.get("aprw").x()).isEqualTo(nodes.get(PSO.slug()).x());
	}

	@Test
	void anArrowFromARoleWithOthersStackedBelowItLeavesBySideToPassThem() {
		MapRole second = role("second", "Another entry role", RoleGroup.ENGLAND_WALES, CareerStage.ENTRY);
		Diagram diagram = this.layout.layout(List.of(PSO, second, TRAINEE),
				List.of(LINKS.get(0), link(second, TRAINEE, "A year", null)));
		Node pso = nodes(diagram).get(PSO.slug());
		Arrow fromPso = diagram.arrows()
			.stream()
			.filter((arrow) -> arrow.fromSlug().equals(PSO.slug()))
			.findFirst()
			.orElseThrow();

		assertThat(nodes(diagram).get("second").y()).isGreaterThan(pso.y());
		assertThat(fromPso.path()).startsWith("M" + (pso.x() + pso.width()) + "," + (pso.y() + pso.height() / 2));
	}

	@Test
	void nothingToDrawGivesAnEmptyPicture() {
		Diagram diagram = this.layout.layout(List.of(), LINKS);
		assertThat(diagram.nodes()).isEmpty();
		assertThat(diagram.arrows()).isEmpty();
		assertThat(diagram.height()).isPositive();
	}

	@Test
	void aLinkToARoleNotOnTheMapIsLeftOut() {
		List<CareerPathLink> links = List
			.of(link(PO, role("spo", "Senior", RoleGroup.ENGLAND_WALES, CareerStage.SENIOR), "Two years", null));
		assertThat(this.layout.layout(ROLES, links).arrows()).isEmpty();
	}

	@Test
	void rolesSharingANationAndStageAreStackedWithoutOverlapping() {
		List<MapRole> roles = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			roles.add(role("role-" + i, "Generated role with a fairly long title number " + i,
					RoleGroup.values()[i % 4 == 0 ? 0 : 3], CareerStage.values()[i % 5]));
		}
		Diagram diagram = this.layout.layout(roles, List.of());

		assertThat(diagram.nodes()).hasSize(40);
		for (Node a : diagram.nodes()) {
			assertThat(a.x() + a.width()).isLessThanOrEqualTo(diagram.width());
			assertThat(a.y() + a.height()).isLessThanOrEqualTo(diagram.height());
			for (Node b : diagram.nodes()) {
				if (a != b) {
					boolean apart = a.x() + a.width() <= b.x() || b.x() + b.width() <= a.x()
							|| a.y() + a.height() <= b.y() || b.y() + b.height() <= a.y();
					assertThat(apart).as(a.role().slug() + " and " + b.role().slug()).isTrue();
				}
			}
		}
		assertThat(diagram.lanes()).extracting(Diagram.Lane::width).containsOnly(DiagramLayout.SLOT);
		assertThat(diagram.nodes()
			.stream()
			.filter((node) -> node.role().group() == RoleGroup.RELATED)
			.map(Node::y)
			.distinct()).as("six roles to a stage, stacked, in each of five stages").hasSize(30);
	}

	@Test
	void titlesWrapOntoLinesThatFitTheBox() {
		Node node = nodes(this.layout.layout(List
			.of(role("aprw", "Approved premises residential worker", RoleGroup.ENGLAND_WALES, CareerStage.ENTRY)),
				List.of()))
			.get("aprw");
		assertThat(node.lines()).extracting(TextLine::text).containsExactly("Approved premises", "residential worker");
		assertThat(node.lines()).allMatch((line) -> line.y() > node.y() && line.y() < node.y() + node.height());
	}

	private static Map<String, Node> nodes(Diagram diagram) {
		return diagram.nodes().stream().collect(Collectors.toMap((node) -> node.role().slug(), Function.identity()));
	}

	private static MapRole role(String slug, String title, RoleGroup group, CareerStage stage) {
		return new MapRole(slug, title, group, stage, true);
	}

	private static CareerPathLink link(MapRole from, MapRole to, String time, String route) {
		return new CareerPathLink(from.slug(), to.slug(), to.title(), time, route);
	}

}
