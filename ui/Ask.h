#pragma once
// Questions the window asks with a message box ("Remove these entries?"), behind one function a
// test can answer in advance instead of a person.

#include <QString>

#include <optional>

class QWidget;

namespace pacsdrop {

bool askYesNo(QWidget *parent, const QString &title, const QString &question);
// Tests: the answer every question gets until reset (nullopt: ask a person).
void answerQuestionsWith(std::optional<bool> answer);

} // namespace pacsdrop
