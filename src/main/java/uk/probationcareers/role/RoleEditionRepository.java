package uk.probationcareers.role;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The parts of an edition, each read in one query whatever its length.
 */
public interface RoleEditionRepository extends Repository<RoleEdition, Long> {

	@Query("select d from RoleDuty d where d.edition = :edition order by d.position")
	List<RoleDuty> findDuties(RoleEdition edition);

	@Query("select s from RoleSkill s join fetch s.skill where s.edition = :edition order by s.position")
	List<RoleSkill> findSkills(RoleEdition edition);

	@Query("""
			select r from RoleEntryRoute r join fetch r.entryRoute er left join fetch er.source
			left join fetch er.trainingPayBand tp left join fetch tp.source left join fetch er.partTimeSource
			left join fetch er.rulesSource left join fetch er.recruitmentSource
			where r.edition = :edition order by r.position""")
	List<RoleEntryRoute> findEntryRoutes(RoleEdition edition);

	@Query("""
			select l from CareerLink l join fetch l.targetRole t left join fetch t.liveEdition
			left join fetch l.entryRoute
			where l.edition = :edition order by l.position""")
	List<CareerLink> findLinksFrom(RoleEdition edition);

	@Query("""
			select l from CareerLink l join fetch l.edition e join fetch e.role r left join fetch l.entryRoute
			where l.targetRole = :role and r.liveEdition = e and r.withdrawnAt is null
			and l.linkType = uk.probationcareers.role.LinkType.PROGRESSION
			order by r.roleGroup, r.displayOrder""")
	List<CareerLink> findLiveProgressionLinksTo(Role role);

	@Query("""
			select l from CareerLink l join fetch l.edition e join fetch e.role r
			join fetch l.targetRole t join fetch t.liveEdition left join fetch l.entryRoute
			where r.liveEdition = e and r.withdrawnAt is null and t.withdrawnAt is null
			and l.linkType = uk.probationcareers.role.LinkType.PROGRESSION""")
	List<CareerLink> findLiveProgressionLinks();

	@Query("""
			select r from RoleEntryRoute r join fetch r.entryRoute join fetch r.edition e join fetch e.role role
			where role.liveEdition = e and role.withdrawnAt is null order by role.roleGroup, role.displayOrder""")
	List<RoleEntryRoute> findLiveEntryRouteOffers();

	@Query("select s from RoleSource s join fetch s.source where s.edition = :edition order by s.position")
	List<RoleSource> findSources(RoleEdition edition);

}
