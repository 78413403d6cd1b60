package uk.probationcareers.api;

import java.util.List;

/**
 * One address of the API as the reference page lists it: its path, the parameters in it,
 * an example address and what that example answers (lists cut to their first item).
 * {@code key} names its words in the messages.
 */
record Endpoint(String key, String path, List<String> parameters, String exampleAddress, String exampleResponse) {
}
