#include "storage/memory/memory_mail.h"

namespace doithoai::storage::memory {
namespace {

OutboxEntry Entry(const OutboxMail& m, const OutboxDelivery& d) {
  return OutboxEntry{m, d.attempts, d.next_attempt_at, d.failed_at, d.last_error, d.delivered};
}

bool Pending(const OutboxMail& m, const OutboxDelivery& d) { return !m.sent_at && !d.failed_at; }

class MemoryMail final : public MailRepository {
 public:
  explicit MemoryMail(Tables t) : t_(t) {}

  Result<std::vector<OutboxEntry>> Claim(Instant now, std::string_view lease, Instant lease_until,
                                         int64_t limit) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    std::vector<OutboxEntry> out;
    for (const OutboxMail& m : s->outbox) {
      if (static_cast<int64_t>(out.size()) >= limit) break;
      OutboxDelivery& d = s->mail.delivery[m.id];
      bool leased = !d.lease.empty() && d.lease_until > now;
      if (!Pending(m, d) || d.next_attempt_at > now || leased) continue;
      d.lease = std::string(lease);
      d.lease_until = lease_until;
      ++d.attempts;
      out.push_back(Entry(m, d));
    }
    return out;
  }

  Result<bool> MarkSent(int64_t id, std::string_view lease, Instant at,
                        std::string_view note) override {
    return Finish(id, lease, [&](OutboxMail& m, OutboxDelivery& d) {
      m.sent_at = at;
      d.last_error = std::string(note);
    });
  }

  Result<bool> MarkDelivered(int64_t id, std::string_view lease,
                             std::string_view address) override {
    return Finish(
        id, lease, [&](OutboxMail&, OutboxDelivery& d) { d.delivered.emplace_back(address); },
        false);
  }

  Result<bool> MarkRetry(int64_t id, std::string_view lease, Instant next_attempt_at,
                         std::string_view error) override {
    return Finish(id, lease, [&](OutboxMail&, OutboxDelivery& d) {
      d.next_attempt_at = next_attempt_at;
      d.last_error = std::string(error);
    });
  }

  Result<bool> MarkFailed(int64_t id, std::string_view lease, Instant at,
                          std::string_view error) override {
    return Finish(id, lease, [&](OutboxMail&, OutboxDelivery& d) {
      d.failed_at = at;
      d.last_error = std::string(error);
    });
  }

  std::vector<OutboxEntry> Failed(int64_t limit) override {
    const State& s = t_.read();
    std::vector<OutboxEntry> out;
    for (const auto& [id, d] : s.mail.delivery) {
      if (d.failed_at) out.push_back(Entry(s.outbox.at(static_cast<size_t>(id - 1)), d));
    }
    std::sort(out.begin(), out.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
      return std::pair(*a.failed_at, a.mail.id) > std::pair(*b.failed_at, b.mail.id);
    });
    return Page(std::move(out), limit, 0);
  }

  Result<bool> Requeue(int64_t id, Instant now) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    auto it = s->mail.delivery.find(id);
    if (it == s->mail.delivery.end() || !it->second.failed_at) return false;
    OutboxDelivery& d = it->second;
    d = OutboxDelivery{0, now, "", Instant{}, std::nullopt, d.last_error, d.delivered};
    return true;
  }

  OutboxCounts Counts() override {
    const State& s = t_.read();
    OutboxCounts c;
    for (const OutboxMail& m : s.outbox) {
      auto it = s.mail.delivery.find(m.id);
      bool failed = it != s.mail.delivery.end() && it->second.failed_at;
      if (m.sent_at) {
        ++c.sent;
      } else if (failed) {
        ++c.failed;
      } else {
        ++c.queued;
      }
    }
    return c;
  }

  Status SaveAccountMail(const AccountMail& settings) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (!s->users.count(settings.user)) {
      return Error::Invalid("user_id", "tài khoản: bản ghi được tham chiếu không tồn tại");
    }
    s->mail.accounts[settings.user] = settings;
    return Ok();
  }

  std::optional<AccountMail> FindAccountMail(UserId user) override {
    const auto& accounts = t_.read().mail.accounts;
    auto it = accounts.find(user);
    if (it == accounts.end()) return std::nullopt;
    return it->second;
  }

  std::vector<AccountMail> AccountMails() override {
    std::vector<AccountMail> out;
    for (const auto& [id, m] : t_.read().mail.accounts) out.push_back(m);
    return out;
  }

  Status Unsubscribe(std::string_view address, Instant at) override {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    s->mail.unsubscribes.emplace(std::string(address), at);
    return Ok();
  }

  bool IsUnsubscribed(std::string_view address) override {
    const auto& u = t_.read().mail.unsubscribes;
    return u.find(address) != u.end();
  }

 private:
  // Applies `change` to a pending mail whose lease is `lease`; the lease ends if `end_lease`.
  template <class F>
  Result<bool> Finish(int64_t id, std::string_view lease, F change, bool end_lease = true) {
    DT_ASSIGN_OR_RETURN(State * s, t_.write());
    if (id < 1 || id > static_cast<int64_t>(s->outbox.size())) return false;
    OutboxMail& m = s->outbox[static_cast<size_t>(id - 1)];
    auto it = s->mail.delivery.find(id);
    if (it == s->mail.delivery.end() || it->second.lease != lease || !Pending(m, it->second)) {
      return false;
    }
    change(m, it->second);
    if (end_lease) it->second.lease.clear();
    return true;
  }

  Tables t_;
};

}  // namespace

std::unique_ptr<MailRepository> NewMailRepository(Tables tables) {
  return std::make_unique<MemoryMail>(tables);
}

}  // namespace doithoai::storage::memory
