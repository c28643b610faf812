// The repositories of a MemoryStore transaction, one factory per port of app/ports.h. Each
// repository reads and writes the Tables it is given; MemoryStore decides which copy of
// the state those are.
#pragma once

#include <memory>

#include "app/ports.h"
#include "storage/memory/memory_state.h"

namespace doithoai::storage::memory {

std::unique_ptr<UnitRepository> NewUnitRepository(Tables tables);
std::unique_ptr<AgencyRepository> NewAgencyRepository(Tables tables);
std::unique_ptr<UserRepository> NewUserRepository(Tables tables);
std::unique_ptr<SessionRepository> NewSessionRepository(Tables tables);
std::unique_ptr<DialogueRepository> NewDialogueRepository(Tables tables);
std::unique_ptr<QuestionRepository> NewQuestionRepository(Tables tables);
std::unique_ptr<IssueRepository> NewIssueRepository(Tables tables);
std::unique_ptr<AnswerRepository> NewAnswerRepository(Tables tables);
std::unique_ptr<AuditRepository> NewAuditRepository(Tables tables);
std::unique_ptr<CounterRepository> NewCounterRepository(Tables tables);
std::unique_ptr<DocumentRepository> NewDocumentRepository(Tables tables);
std::unique_ptr<TaskRepository> NewTaskRepository(Tables tables);
std::unique_ptr<NotificationRepository> NewNotificationRepository(Tables tables);

}  // namespace doithoai::storage::memory
