package uk.probationcareers.pay;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Reads for the pay page: every band, which published roles use each, and the pay awards
 * with their events. Each is one query.
 */
interface PayRepository extends Repository<PayBand, Long> {

	@Query("select p from PayBand p join fetch p.source order by p.id")
	List<PayBand> findAllBands();

	@Query("""
			select new uk.probationcareers.pay.BandRole(p.code, r.slug, e.title)
			from RoleEdition e join e.role r join e.payBand p
			where r.liveEdition = e
			order by r.roleGroup, r.displayOrder""")
	List<BandRole> findLiveRolesByBand();

	@Query("select a from PayAward a order by a.awardYear desc")
	List<PayAward> findAllAwards();

	@Query("""
			select ev from PayAwardEvent ev join fetch ev.award join fetch ev.source
			order by ev.eventDate, ev.id""")
	List<PayAwardEvent> findAllEvents();

}
