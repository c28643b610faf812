#include "storage/memory/memory_store.h"

#include "storage/memory/memory_indicators.h"
#include "storage/memory/memory_initiatives.h"
#include "storage/memory/memory_live.h"
#include "storage/memory/memory_mail.h"
#include "storage/memory/memory_repositories.h"
#include "storage/memory/memory_rights.h"
#include "storage/memory/memory_state.h"
#include "storage/memory/memory_text.h"

namespace doithoai::storage {
namespace {

using memory::State;
using memory::Tables;

class MemoryTx final : public Tx {
 public:
  explicit MemoryTx(Tables t)
      : units_(memory::NewUnitRepository(t)),
        agencies_(memory::NewAgencyRepository(t)),
        users_(memory::NewUserRepository(t)),
        sessions_(memory::NewSessionRepository(t)),
        dialogues_(memory::NewDialogueRepository(t)),
        questions_(memory::NewQuestionRepository(t)),
        issues_(memory::NewIssueRepository(t)),
        answers_(memory::NewAnswerRepository(t)),
        audit_(memory::NewAuditRepository(t)),
        counters_(memory::NewCounterRepository(t)),
        indicators_(memory::NewIndicatorRepository(t)),
        documents_(memory::NewDocumentRepository(t)),
        tasks_(memory::NewTaskRepository(t)),
        notifications_(memory::NewNotificationRepository(t)),
        text_(memory::NewTextRepository(t)),
        rights_(memory::NewRightsRepository(t)),
        mail_(memory::NewMailRepository(t)),
        live_(memory::NewLiveRepository(t)),
        initiatives_(memory::NewInitiativeRepository(t)) {}

  UnitRepository& units() override { return *units_; }
  AgencyRepository& agencies() override { return *agencies_; }
  UserRepository& users() override { return *users_; }
  SessionRepository& sessions() override { return *sessions_; }
  DialogueRepository& dialogues() override { return *dialogues_; }
  QuestionRepository& questions() override { return *questions_; }
  IssueRepository& issues() override { return *issues_; }
  AnswerRepository& answers() override { return *answers_; }
  AuditRepository& audit() override { return *audit_; }
  CounterRepository& counters() override { return *counters_; }
  IndicatorRepository& indicators() override { return *indicators_; }
  DocumentRepository& documents() override { return *documents_; }
  TaskRepository& tasks() override { return *tasks_; }
  NotificationRepository& notifications() override { return *notifications_; }
  TextRepository& text() override { return *text_; }
  RightsRepository& rights() override { return *rights_; }
  MailRepository& mail() override { return *mail_; }
  LiveRepository& live() override { return *live_; }
  InitiativeRepository& initiatives() override { return *initiatives_; }

 private:
  std::unique_ptr<UnitRepository> units_;
  std::unique_ptr<AgencyRepository> agencies_;
  std::unique_ptr<UserRepository> users_;
  std::unique_ptr<SessionRepository> sessions_;
  std::unique_ptr<DialogueRepository> dialogues_;
  std::unique_ptr<QuestionRepository> questions_;
  std::unique_ptr<IssueRepository> issues_;
  std::unique_ptr<AnswerRepository> answers_;
  std::unique_ptr<AuditRepository> audit_;
  std::unique_ptr<CounterRepository> counters_;
  std::unique_ptr<IndicatorRepository> indicators_;
  std::unique_ptr<DocumentRepository> documents_;
  std::unique_ptr<TaskRepository> tasks_;
  std::unique_ptr<NotificationRepository> notifications_;
  std::unique_ptr<TextRepository> text_;
  std::unique_ptr<RightsRepository> rights_;
  std::unique_ptr<MailRepository> mail_;
  std::unique_ptr<LiveRepository> live_;
  std::unique_ptr<InitiativeRepository> initiatives_;
};

}  // namespace

MemoryStore::MemoryStore() : state_(std::make_shared<const State>()) {}

MemoryStore::~MemoryStore() = default;

// If `work` fails or throws, the copy is dropped and the shared state was never touched.
Status MemoryStore::Write(const std::function<Status(Tx&)>& work) {
  std::lock_guard<std::mutex> writing(write_mu_);
  auto next = std::make_shared<State>(*Current());
  MemoryTx tx(Tables(*next, next.get()));
  Status status = work(tx);
  if (!status.ok()) return status;
  std::lock_guard<std::mutex> publishing(state_mu_);
  state_ = std::move(next);
  ++version_;
  return Ok();
}

Status MemoryStore::Read(const std::function<Status(Tx&)>& work) {
  std::shared_ptr<const State> snapshot = Current();
  MemoryTx tx(Tables(*snapshot, nullptr));
  return work(tx);
}

std::shared_ptr<const State> MemoryStore::Current() const {
  std::lock_guard<std::mutex> reading(state_mu_);
  return state_;
}

}  // namespace doithoai::storage
