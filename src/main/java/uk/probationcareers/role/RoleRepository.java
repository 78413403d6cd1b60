package uk.probationcareers.role;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface RoleRepository extends Repository<Role, Long> {

	@Query("""
			select e from RoleEdition e join fetch e.role r
			where r.liveEdition = e
			order by r.roleGroup, r.displayOrder, e.title""")
	List<RoleEdition> findLiveEditions();

	@Query("""
			select e from RoleEdition e join fetch e.role r
			left join fetch e.payBand p left join fetch p.source
			where r.slug = :slug and r.liveEdition = e""")
	Optional<RoleEdition> findLiveEditionBySlug(String slug);

}
