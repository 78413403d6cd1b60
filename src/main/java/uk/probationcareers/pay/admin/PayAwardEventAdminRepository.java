package uk.probationcareers.pay.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.probationcareers.pay.PayAward;
import uk.probationcareers.pay.PayAwardEvent;

interface PayAwardEventAdminRepository extends JpaRepository<PayAwardEvent, Long> {

	@Query("select e from PayAwardEvent e join fetch e.award order by e.award.awardYear desc, e.eventDate, e.id")
	List<PayAwardEvent> findAllInOrder();

	@Query("select a from PayAward a where a.awardYear = ?1")
	Optional<PayAward> findAward(String awardYear);

	@Query("select a.awardYear from PayAward a order by a.awardYear desc")
	List<String> findAwardYears();

}
