package uk.probationcareers.routes.finder;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The route finder, in the GOV.UK question-pages pattern. Every answer travels in the
 * address, so a page can be bookmarked or shared and nothing is stored. A missing or
 * wrong answer, however it got into the address, brings back its question with an error
 * message and a 400 status.
 */
@Controller
@RequestMapping("/route-finder")
class RouteFinderController {

	private static final String BASE = "/route-finder";

	private final RouteFinder finder;

	private final MessageSource messages;

	RouteFinderController(RouteFinder finder, MessageSource messages) {
		this.finder = finder;
		this.messages = messages;
	}

	@GetMapping
	String start(Model model) {
		model.addAttribute("firstQuestion", BASE + "/" + Question.NATION.param());
		return "routes/finder/start";
	}

	@GetMapping("/{param}")
	String question(@PathVariable String param, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Question question = known(param);
		Answers.Parsed parsed = Answers.parse(params);
		if (!parsed.errors().isEmpty()) {
			return firstError(parsed, model, response);
		}
		Answers answers = this.finder.relevant(parsed.answers());
		Optional<Question> unanswered = this.finder.firstUnanswered(answers);
		if (!this.finder.applies(question, answers)
				|| unanswered.filter((first) -> first.ordinal() < question.ordinal()).isPresent()) {
			return "redirect:" + nextAddress(answers);
		}
		return show(question, answers, null, model);
	}

	@GetMapping("/{param}/next")
	String next(@PathVariable String param, @RequestParam MultiValueMap<String, String> params, Model model,
			HttpServletResponse response) {
		Question question = known(param);
		MultiValueMap<String, String> withAnswer = new LinkedMultiValueMap<>(params);
		withAnswer.putIfAbsent(question.param(), List.of());
		Answers.Parsed parsed = Answers.parse(withAnswer);
		if (!parsed.errors().isEmpty()) {
			return firstError(parsed, model, response);
		}
		return "redirect:" + nextAddress(this.finder.relevant(parsed.answers()));
	}

	@GetMapping("/check")
	String check(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Answers answers = complete(params, model, response);
		if (answers == null) {
			return "routes/finder/question";
		}
		model.addAttribute("rows", CheckRow.all(answers, this.finder));
		model.addAttribute("resultsUrl", answers.address(BASE + "/results"));
		model.addAttribute("backUrl",
				this.finder.last(answers).map((last) -> answers.address(BASE + "/" + last.param())).orElse(BASE));
		return "routes/finder/check";
	}

	@GetMapping("/results")
	String results(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Answers answers = complete(params, model, response);
		if (answers == null) {
			return "routes/finder/question";
		}
		model.addAttribute("result", this.finder.results(answers));
		model.addAttribute("rows", CheckRow.all(answers, this.finder));
		model.addAttribute("shareUrl", answers.address(BASE + "/results"));
		model.addAttribute("checkUrl", answers.address(BASE + "/check"));
		return "routes/finder/results";
	}

	/**
	 * The answers when every question that applies has a good one; otherwise the first
	 * question at fault is put in the model with its error and the status set to 400.
	 */
	private Answers complete(MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
		Answers.Parsed parsed = Answers.parse(params);
		if (!parsed.errors().isEmpty()) {
			firstError(parsed, model, response);
			return null;
		}
		Answers answers = this.finder.relevant(parsed.answers());
		Optional<Question> missing = this.finder.firstUnanswered(answers);
		if (missing.isPresent()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			show(missing.get(), answers, "finder." + missing.get().param() + ".missing", model);
			return null;
		}
		return answers;
	}

	private String firstError(Answers.Parsed parsed, Model model, HttpServletResponse response) {
		Map.Entry<Question, String> first = parsed.errors().entrySet().iterator().next();
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return show(first.getKey(), parsed.answers(), first.getValue(), model);
	}

	private String show(Question question, Answers answers, String error, Model model) {
		String back = this.finder.previous(question, answers)
			.map((previous) -> answers.address(BASE + "/" + previous.param()))
			.orElse(BASE);
		int figure = this.finder.figure(question);
		model.addAttribute("page", QuestionPage.of(question, answers, error, back, figure));
		String title = this.messages.getMessage("finder." + question.param() + ".title", new Object[] { figure },
				Locale.UK);
		model.addAttribute("pageTitle", (error != null)
				? this.messages.getMessage("finder.errorTitle", new Object[] { title }, Locale.UK) : title);
		return "routes/finder/question";
	}

	private String nextAddress(Answers answers) {
		return this.finder.firstUnanswered(answers)
			.map((next) -> answers.address(BASE + "/" + next.param()))
			.orElseGet(() -> answers.address(BASE + "/check"));
	}

	private static Question known(String param) {
		return Question.byParam(param).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
