package uk.probationcareers.admin;

import org.springframework.http.HttpStatus;

/**
 * A check of catalogue changes that was not recorded: by one of their editors, or of
 * changes that are no longer the newest or were checked already. Nothing is changed.
 */
public class CheckNotTaken extends RuntimeException {

	private final HttpStatus status;

	private final String reasonKey;

	private final transient WaitingChange waiting;

	CheckNotTaken(HttpStatus status, String reasonKey, WaitingChange waiting) {
		super(reasonKey);
		this.status = status;
		this.reasonKey = reasonKey;
		this.waiting = waiting;
	}

	public HttpStatus getStatus() {
		return this.status;
	}

	/**
	 * The message key that says why the check was not recorded.
	 */
	public String getReasonKey() {
		return this.reasonKey;
	}

	/**
	 * The row's changes still waiting, if any.
	 */
	public WaitingChange getWaiting() {
		return this.waiting;
	}

}
