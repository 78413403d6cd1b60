package uk.probationcareers.catalogue;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EntryRouteRepository extends Repository<EntryRoute, Long> {

	@Query("select r from EntryRoute r left join fetch r.source order by r.routeType, r.durationMonthsMin, r.name")
	List<EntryRoute> findAllWithSources();

}
