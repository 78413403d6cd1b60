package uk.probationcareers;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ProbationCareersApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProbationCareersApplication.class, args);
	}

}
