package uk.probationcareers.users;

import java.time.Clock;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds admin users in the database for sign-in.
 */
@Service
class DatabaseUserDetailsService implements UserDetailsService {

	private final AdminUserRepository users;

	private final Clock clock;

	DatabaseUserDetailsService(AdminUserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String typed) {
		String username = Usernames.normalise(typed);
		AdminUser user = (Usernames.isValid(username) ? this.users.findByUsername(username)
				: java.util.Optional.<AdminUser>empty())
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		return User.withUsername(user.getUsername())
			.password(user.getPasswordHash())
			.roles(user.getRole().name())
			.disabled(!user.isEnabled())
			.credentialsExpired(user.isPasswordExpired(this.clock.instant()))
			.build();
	}

}
