package uk.probationcareers.catalogue.admin;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.catalogue.Source;

interface SourceAdminRepository extends JpaRepository<Source, Long> {

	Optional<Source> findByCode(String code);

	@Query("select count(p) from PayBand p where p.source = ?1")
	long countPayBandsCiting(Source source);

	@Query("select count(r) from EntryRoute r where r.source = ?1")
	long countEntryRoutesCiting(Source source);

	@Query("select count(rs) from RoleSource rs where rs.source = ?1")
	long countRoleEditionsCiting(Source source);

	@Query("select count(e) from PayAwardEvent e where e.source = ?1")
	long countPayAwardEventsCiting(Source source);

}
