package uk.probationcareers.routes.admin;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.routes.EntryRoute;

interface EntryRouteAdminRepository extends JpaRepository<EntryRoute, Long> {

	Optional<EntryRoute> findByCode(String code);

	@Query("select count(r) from RoleEntryRoute r where r.entryRoute = ?1")
	long countRoleEditionsOffering(EntryRoute route);

	@Query("select count(l) from CareerLink l where l.entryRoute = ?1")
	long countCareerLinksThrough(EntryRoute route);

}
