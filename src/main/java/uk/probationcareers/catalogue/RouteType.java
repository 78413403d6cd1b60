package uk.probationcareers.catalogue;

public enum RouteType {

	DIRECT_APPLICATION, TRAINEE_PROGRAMME, INTERNAL, DEGREE

}
