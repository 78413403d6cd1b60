package uk.probationcareers.routes;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EntryRouteRepository extends Repository<EntryRoute, Long> {

	@Query("""
			select r from EntryRoute r left join fetch r.source left join fetch r.trainingPayBand tp
			left join fetch tp.source left join fetch r.partTimeSource left join fetch r.rulesSource
			left join fetch r.recruitmentSource order by r.routeType, r.durationMonthsMin, r.name""")
	List<EntryRoute> findAllWithSources();

}
