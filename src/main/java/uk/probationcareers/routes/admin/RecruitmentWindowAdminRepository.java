package uk.probationcareers.routes.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.routes.EntryRoute;
import uk.probationcareers.routes.RecruitmentWindow;

interface RecruitmentWindowAdminRepository extends JpaRepository<RecruitmentWindow, Long> {

	@Query("select w from RecruitmentWindow w join fetch w.entryRoute r order by r.name, w.id")
	List<RecruitmentWindow> findAllInOrder();

	@Query("select r from EntryRoute r where r.code = ?1")
	Optional<EntryRoute> findRoute(String code);

	@Query("select r from EntryRoute r order by r.name")
	List<EntryRoute> findRoutes();

}
