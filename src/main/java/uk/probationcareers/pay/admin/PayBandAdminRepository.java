package uk.probationcareers.pay.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.pay.PayBand;

interface PayBandAdminRepository extends JpaRepository<PayBand, Long> {

	Optional<PayBand> findByCode(String code);

	@Query("select p from PayBand p order by p.organisation, p.band, p.code")
	List<PayBand> findAllInOrder();

	@Query("select count(e) from RoleEdition e where e.payBand = ?1")
	long countRoleEditionsPaidOn(PayBand band);

	@Query("select a.awardYear from PayAward a where a.settled = false order by a.awardYear")
	List<String> findUnsettledAwardYears();

}
