package uk.probationcareers.catalogue.admin;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;
import uk.probationcareers.admin.CatalogueAdminController;
import uk.probationcareers.admin.DateInput;
import uk.probationcareers.catalogue.Source;

@Controller
@RequestMapping("/admin/sources")
class SourceAdminController extends CatalogueAdminController<Source, SourceForm> {

	SourceAdminController(SourceAdmin sources, MessageSource messages) {
		super("sources", sources, messages);
	}

	@Override
	protected SourceForm emptyForm() {
		return new SourceForm();
	}

	@Override
	protected String fieldsTemplate() {
		return "catalogue/admin/source-fields";
	}

	@Override
	protected void check(SourceForm form, Long id, Errors errors) {
		DateInput.check(errors, "dateChecked", form.getDateChecked(), true, "admin.sources.dateChecked.required");
	}

}
