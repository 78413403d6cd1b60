package uk.probationcareers.role;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoleRepository extends Repository<Role, Long> {

	@Query("""
			select e from RoleEdition e join fetch e.role r
			where r.liveEdition = e and r.withdrawnAt is null
			order by r.roleGroup, r.displayOrder, e.title""")
	List<RoleEdition> findLiveEditions();

	@Query("""
			select e from RoleEdition e join fetch e.role r
			left join fetch e.payBand p left join fetch p.source
			where r.slug = :slug and r.liveEdition = e and r.withdrawnAt is null""")
	Optional<RoleEdition> findLiveEditionBySlug(String slug);

	@Query("""
			select e from RoleEdition e join fetch e.role r
			where r.slug = :slug and r.liveEdition = e and r.withdrawnAt is not null""")
	Optional<RoleEdition> findWithdrawalBySlug(String slug);

	/**
	 * Every published major change, newest first: the live and superseded editions that
	 * carried a public change note.
	 */
	@Query("""
			select e from RoleEdition e join fetch e.role r
			where e.changeKind = 'MAJOR'
			and e.state in (uk.probationcareers.role.EditionState.PUBLISHED, uk.probationcareers.role.EditionState.SUPERSEDED)
			order by e.publishedAt desc, e.id desc""")
	List<RoleEdition> findMajorChanges();

	@Query("""
			select e from RoleEdition e join fetch e.role r
			where r.slug = :slug and e.changeKind = 'MAJOR'
			and e.state in (uk.probationcareers.role.EditionState.PUBLISHED, uk.probationcareers.role.EditionState.SUPERSEDED)
			order by e.publishedAt desc, e.id desc""")
	List<RoleEdition> findMajorChangesOf(String slug);

	@Query("""
			select e from RoleEdition e join fetch e.role r
			left join fetch e.payBand p left join fetch p.source
			where e.id = :id""")
	Optional<RoleEdition> findEdition(long id);

}
