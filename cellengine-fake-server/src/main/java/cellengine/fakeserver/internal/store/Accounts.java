package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.json.ObjectIds;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Users and their tokens. Usernames are matched case-insensitively. A user may hold many tokens; every
 * sign-in issues a new one, and sign-out revokes the one presented. Thread-safe.
 */
public final class Accounts {

    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();
    private final Map<String, Account> byId = new ConcurrentHashMap<>();
    private final Map<String, Account> byToken = new ConcurrentHashMap<>();
    private final ObjectIds ids;
    private final Random tokenRandom;

    public Accounts(ObjectIds ids, Random tokenRandom) {
        this.ids = ids;
        this.tokenRandom = tokenRandom;
    }

    /**
     * Adds a user.
     *
     * @param otpCode the one-time code sign-in requires, or null for none
     * @throws IllegalArgumentException when the username is blank or taken, or the password is empty
     */
    public Account add(String username, String password, String otpCode) {
        return add(null, username, password, otpCode);
    }

    /**
     * Adds a user with a given {@code _id} (snapshot import), or a fresh one when {@code id} is null.
     *
     * @throws IllegalArgumentException as {@link #add(String, String, String)}, or when the id is taken
     */
    Account add(String id, String username, String password, String otpCode) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password of user " + username + " must not be empty");
        }
        if (otpCode != null && otpCode.isEmpty()) {
            throw new IllegalArgumentException("otpCode of user " + username + " must be null (no code) or non-empty");
        }
        Account account = new Account(id == null ? ids.next() : id, username, password, otpCode);
        if (id != null && byId.containsKey(id)) {
            throw new IllegalArgumentException("a user with _id " + id + " already exists");
        }
        if (byUsername.putIfAbsent(key(username), account) != null) {
            throw new IllegalArgumentException("a user named " + username + " already exists");
        }
        byId.put(account.id(), account);
        return account;
    }

    /**
     * Makes a caller-chosen token authenticate {@code account} (a container's fixed token).
     *
     * @throws IllegalArgumentException when the token is already in use
     */
    public void addToken(Account account, String token) {
        if (byToken.putIfAbsent(token, account) != null) {
            throw new IllegalArgumentException("that token is already in use");
        }
    }

    /** {@return a new token that authenticates {@code account}} */
    public String issueToken(Account account) {
        byte[] bytes = new byte[24];
        synchronized (tokenRandom) {
            tokenRandom.nextBytes(bytes);
        }
        String token = ObjectIds.hex(bytes);
        byToken.put(token, account);
        return token;
    }

    /**
     * Sets or clears the one-time code of a user.
     *
     * @throws IllegalArgumentException when there is no such user
     */
    public void otpCode(String username, String code) {
        if (code != null && code.isEmpty()) {
            throw new IllegalArgumentException("otpCode must be null (no code) or non-empty");
        }
        byName(username).orElseThrow(() -> new IllegalArgumentException("no user named " + username))
                .otpCode(code);
    }

    /** {@return the user with this name, if any} */
    public Optional<Account> byName(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(byUsername.get(key(username)));
    }

    /** {@return every user, in no particular order} */
    java.util.Collection<Account> all() {
        return java.util.List.copyOf(byId.values());
    }

    Optional<Account> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Optional<Account> byToken(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    public void revoke(String token) {
        byToken.remove(token);
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
