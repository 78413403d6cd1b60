package uk.probationcareers.routes;

/**
 * What an entry route is called and what kind of route it is.
 */
public record RouteDetails(String code, String name, RouteType routeType, String summary) {
}
