package uk.probationcareers.routes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RecruitmentWindowRepository extends Repository<RecruitmentWindow, Long> {

	@Query("select w from RecruitmentWindow w join fetch w.source where w.entryRoute in :routes order by w.id")
	List<RecruitmentWindow> findByRoutes(Collection<EntryRoute> routes);

	@Query("select w from RecruitmentWindow w join fetch w.entryRoute join fetch w.source order by w.id")
	List<RecruitmentWindow> findAllWithRoutes();

}
