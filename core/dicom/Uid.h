#pragma once
// The UID grammar (PS3.5 §9.1): components of digits separated by dots, at most 64 characters,
// no empty component. A UID that breaks it is refused before sending: it would become a file name,
// a database key or a URL on the other side ("../../tmp/pwned" was). Components with a leading
// zero are accepted, as PS3.5 forbids but much older equipment writes, and PACS store.

#include <QString>

namespace pacsdrop {

// Empty when the UID is valid; else what is wrong with it, for people.
QString uidProblem(const QString &uid);

} // namespace pacsdrop
