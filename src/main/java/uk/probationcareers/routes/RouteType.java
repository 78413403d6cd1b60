package uk.probationcareers.routes;

public enum RouteType {

	DIRECT_APPLICATION, TRAINEE_PROGRAMME, INTERNAL, DEGREE

}
