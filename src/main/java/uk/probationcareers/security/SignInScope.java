package uk.probationcareers.security;

/**
 * The three ways failed sign-ins are counted, each with its own limit.
 */
enum SignInScope {

	/**
	 * One username from one client address: the ordinary lock, which only that address
	 * feels.
	 */
	PAIR,

	/**
	 * One client address across every username: one password tried against many accounts.
	 */
	ADDRESS,

	/**
	 * One username from every address it has not signed in from: guessing spread over
	 * many addresses. Addresses the user signed in from recently are neither counted nor
	 * held back.
	 */
	USERNAME

}
