#include "Ask.h"

#include <QMessageBox>

namespace pacsdrop {

namespace {

std::optional<bool> g_answer; // GUI thread only

} // namespace

bool askYesNo(QWidget *parent, const QString &title, const QString &question)
{
    if (g_answer)
        return *g_answer;
    return QMessageBox::question(parent, title, question) == QMessageBox::Yes;
}

void answerQuestionsWith(std::optional<bool> answer) { g_answer = answer; }

} // namespace pacsdrop
