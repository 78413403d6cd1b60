package uk.probationcareers.role;

public enum Importance {

	ESSENTIAL, DESIRABLE

}
