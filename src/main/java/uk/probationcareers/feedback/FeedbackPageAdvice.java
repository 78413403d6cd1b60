package uk.probationcareers.feedback;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every public page its own path as {@code feedbackPage}, for the "Is this page
 * useful?" block at its foot (see templates/feedback/block.html); other pages get none
 * and show no block. The path is the request's own, without its query, so a page kept in
 * the published page cache names the page it is.
 */
@ControllerAdvice(annotations = Controller.class)
class FeedbackPageAdvice {

	@ModelAttribute("feedbackPage")
	String feedbackPage(HttpServletRequest request) {
		if (request.getDispatcherType() != DispatcherType.REQUEST || !"GET".equals(request.getMethod())) {
			return null;
		}
		String path = request.getRequestURI();
		return PagePaths.looksPublic(path) ? path : null;
	}

}
