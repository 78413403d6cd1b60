package uk.probationcareers.catalogue;

public enum Nation {

	ENGLAND, WALES, SCOTLAND, NORTHERN_IRELAND

}
