// The console's words in English and German. Keys match data-t attributes and console.js's t().
"use strict";
window.consoleStrings = {
  en: {
    title: "PacsDrop service console", logout: "Log out", language: "Language", loginTitle: "Log in",
    userName: "User name", password: "Password", logIn: "Log in", dashboard: "Dashboard", queue: "Queue",
    users: "Users", devices: "Devices", device: "Device", waiting: "Waiting", failed: "Failed",
    sentToday: "Sent today", lastHour: "Last hour", lastSuccess: "Last success", lastProblem: "Last problem",
    hotFolders: "Hot folders", folder: "Folder", destination: "Sends to", quarantined: "Set aside",
    updated: "Updated", state: "State", all: "All", stateWaiting: "Waiting", stateFailed: "Failed",
    stateSent: "Sent", stateRetrying: "Will retry", days: "Changed in the last", day1: "day", day7: "7 days",
    day30: "30 days", anyTime: "any time", retry: "Retry", remove: "Remove", file: "File", patient: "Patient",
    attempts: "Attempts", result: "Result", changed: "Changed", role: "Role", addUser: "Add or change a user",
    newPassword: "Password (at least 8 characters; empty keeps the current one)", save: "Save",
    viewer: "viewer", operator: "operator", administrator: "administrator", never: "never", none: "none",
    files: "files", sessionEnded: "Your session ended. Please log in again.",
    wrongLogin: "User name or password is wrong.", removeUser: "Remove", noEntries: "Nothing here.",
    confirmRemove: "Remove the selected entries from the outbox? They will not be sent.",
    changedCount: "Changed: {n}.", noFolders: "No hot folders are set up.", cannotReach: "The service does not answer.",
    listeners: "Listeners", listener: "Listener", openNow: "Open now", receivedToday: "Received today",
    refusedToday: "Refused today", lastRefusal: "Last refusal", noListeners: "No listeners are set up.",
    notRunning: "not running in this service", port: "port"
  },
  de: {
    title: "PacsDrop-Dienstkonsole", logout: "Abmelden", language: "Sprache", loginTitle: "Anmelden",
    userName: "Benutzername", password: "Passwort", logIn: "Anmelden", dashboard: "Übersicht", queue: "Warteschlange",
    users: "Benutzer", devices: "Geräte", device: "Gerät", waiting: "Wartend", failed: "Fehlgeschlagen",
    sentToday: "Heute gesendet", lastHour: "Letzte Stunde", lastSuccess: "Letzter Erfolg", lastProblem: "Letztes Problem",
    hotFolders: "Überwachte Ordner", folder: "Ordner", destination: "Sendet an", quarantined: "Zurückgestellt",
    updated: "Aktualisiert", state: "Zustand", all: "Alle", stateWaiting: "Wartend", stateFailed: "Fehlgeschlagen",
    stateSent: "Gesendet", stateRetrying: "Neuer Versuch folgt", days: "Geändert in den letzten", day1: "Tag",
    day7: "7 Tagen", day30: "30 Tagen", anyTime: "jederzeit", retry: "Erneut senden", remove: "Entfernen",
    file: "Datei", patient: "Patient", attempts: "Versuche", result: "Ergebnis", changed: "Geändert", role: "Rolle",
    addUser: "Benutzer anlegen oder ändern",
    newPassword: "Passwort (mindestens 8 Zeichen; leer lässt das bisherige)", save: "Speichern",
    viewer: "Betrachter", operator: "Bediener", administrator: "Administrator", never: "nie", none: "keins",
    files: "Dateien", sessionEnded: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    wrongLogin: "Benutzername oder Passwort ist falsch.", removeUser: "Entfernen", noEntries: "Keine Einträge.",
    confirmRemove: "Die ausgewählten Einträge aus dem Postausgang entfernen? Sie werden nicht gesendet.",
    changedCount: "Geändert: {n}.", noFolders: "Es sind keine überwachten Ordner eingerichtet.",
    cannotReach: "Der Dienst antwortet nicht.", listeners: "Empfänger", listener: "Empfänger",
    openNow: "Jetzt verbunden", receivedToday: "Heute empfangen", refusedToday: "Heute abgewiesen",
    lastRefusal: "Letzte Abweisung", noListeners: "Es sind keine Empfänger eingerichtet.",
    notRunning: "läuft in diesem Dienst nicht", port: "Port"
  }
};
