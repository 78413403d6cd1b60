package uk.probationcareers.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class EditConflictShownTest {

	@Test
	void aConflictShowsBothVersionsKeepsTheInputAndBasesItOnTheSavedVersion() {
		Text yours = new Text(3L, "Mine");
		ExtendedModelMap model = new ExtendedModelMap();
		MockHttpServletResponse response = new MockHttpServletResponse();
		EditConflict.show(yours, new Text(4L, "Theirs"), model, response);
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(model.get("yours")).isEqualTo(Map.of("name", "Mine"));
		assertThat(model.get("current")).isEqualTo(Map.of("name", "Theirs"));
		assertThat(yours.getVersion()).isEqualTo(4L);
		assertThat(yours.values()).containsEntry("name", "Mine");
	}

	@Test
	void eachSideCanBeShownUnderOtherNames() {
		ExtendedModelMap model = new ExtendedModelMap();
		EditConflict.show(new Text(1L, "Mine"), new Text(2L, "Theirs"),
				(values) -> Map.of("duties", values.get("name")), model, new MockHttpServletResponse());
		assertThat(model.get("yours")).isEqualTo(Map.of("duties", "Mine"));
		assertThat(model.get("current")).isEqualTo(Map.of("duties", "Theirs"));
	}

	private static final class Text implements VersionedForm {

		private Long version;

		private final String name;

		Text(Long version, String name) {
			this.version = version;
			this.name = name;
		}

		@Override
		public Long getVersion() {
			return this.version;
		}

		@Override
		public void setVersion(Long version) {
			this.version = version;
		}

		@Override
		public Map<String, String> values() {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", this.name);
			return values;
		}

	}

}
