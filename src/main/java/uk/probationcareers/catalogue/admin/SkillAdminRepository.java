package uk.probationcareers.catalogue.admin;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.catalogue.Skill;

interface SkillAdminRepository extends JpaRepository<Skill, Long> {

	Optional<Skill> findByCode(String code);

	@Query("select count(rs) from RoleSkill rs where rs.skill = ?1")
	long countRoleEditionsUsing(Skill skill);

}
