// The service console's page: plain JavaScript, no framework, everything from this server.
// Talks to /console/... (ConsoleRouter); polls the dashboard every 5 s while it is shown.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let language = localStorage.getItem("pacsdrop.language") || (navigator.language.startsWith("de") ? "de" : "en");
  let session = null;
  let timer = null;
  let current = "dashboard";

  function t(key) { return (window.consoleStrings[language] || window.consoleStrings.en)[key] || key; }

  function translatePage() {
    document.documentElement.lang = language;
    document.title = t("title");
    for (const el of document.querySelectorAll("[data-t]")) el.textContent = t(el.dataset.t);
    $("language").value = language;
  }

  function showProblem(text) {
    $("problem").textContent = text || "";
    $("problem").hidden = !text;
    if (text) notice("");
  }

  // What an action did, until the next one.
  function notice(text) {
    $("notice").textContent = text || "";
    $("notice").hidden = !text;
  }

  // automatic: the page's own refresh, which does not keep an unattended session alive.
  async function call(method, path, body, automatic) {
    const headers = {};
    if (automatic) headers["X-Console-Refresh"] = "1";
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (method !== "GET" && session) headers["X-CSRF-Token"] = session.csrf;
    let response;
    try {
      response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
                                     credentials: "same-origin" });
    } catch (e) {
      throw new Error(t("cannotReach"));
    }
    if (response.status === 401 && path !== "/console/login") {
      loggedOut(session ? t("sessionEnded") : "");
      throw new Error("");
    }
    const data = response.status === 204 ? {} : await response.json();
    if (!response.ok) throw new Error(data.error ? data.error.message : String(response.status));
    return data;
  }

  function cell(row, text, className) {
    const td = row.insertCell();
    td.textContent = text === undefined || text === null ? "" : String(text);
    if (className) td.className = className;
    return td;
  }

  // Dates as people write them in the chosen language, with the month named (never 12/7 vs 7/12).
  function locale() { return language === "de" ? "de-DE" : (navigator.language.startsWith("en") ? navigator.language : "en-GB"); }
  function when(iso) {
    if (!iso) return t("never");
    return new Intl.DateTimeFormat(locale(), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
  }

  // A listener's retention rule and what its last run did.
  function retentionText(l) {
    const rule = [];
    if (l.keepDays > 0) rule.push(t("keepDays").replace("{n}", l.keepDays));
    if (l.keepGigabytes > 0) rule.push(t("keepGigabytes").replace("{n}", l.keepGigabytes));
    if (rule.length === 0) return t("keepAll");
    let text = rule.join(", ");
    if (l.retention) {
      text += "; " + when(l.retention.at) + ": " + t("deletedFiles").replace("{n}", l.retention.deleted)
        .replace("{mb}", megabytes(l.retention.megabytesDeleted));
      if (l.retention.keptUndelivered > 0) text += ", " + t("keptUndelivered").replace("{n}", l.retention.keptUndelivered);
    }
    return text;
  }

  function megabytes(mb) { return mb > 0 && mb < 0.1 ? "< 0.1 MB" : mb.toFixed(1) + " MB"; }

  function loggedOut(note) {
    session = null;
    clearInterval(timer);
    $("app").hidden = true;
    $("who").hidden = true;
    $("login").hidden = false;
    $("login-note").textContent = note || "";
    $("login-note").hidden = !note;
  }

  async function loggedIn() {
    session = await call("GET", "/console/session");
    $("login").hidden = true;
    $("app").hidden = false;
    $("who").hidden = false;
    $("user-name").textContent = session.user;
    $("user-role").textContent = t(session.role);
    $("tab-users").hidden = session.role !== "administrator";
    $("tab-settings").hidden = session.role !== "administrator";
    $("queue-actions").hidden = session.role === "viewer";
    for (const el of document.querySelectorAll(".patient")) el.hidden = !session.seesPatients;
    showTab("dashboard");
  }

  async function loadDashboard(automatic) {
    const data = await call("GET", "/console/dashboard", undefined, automatic);
    const devices = $("devices").tBodies[0];
    devices.replaceChildren();
    const select = $("filter-destination");
    const chosen = select.value;
    select.replaceChildren(select.options[0] || new Option(t("all"), ""));
    for (const d of data.devices) {
      const row = devices.insertRow();
      row.dataset.device = d.name;
      const name = cell(row, d.name);
      if (d.address) {
        const address = document.createElement("span");
        address.className = "address";
        address.textContent = d.address;
        name.append(address);
      }
      cell(row, d.pending, "number");
      cell(row, d.failed, d.failed > 0 ? "number bad" : "number");
      cell(row, d.sentToday, "number");
      cell(row, d.sentLastHour + " " + t("files") + ", " + megabytes(d.megabytesLastHour), "number");
      cell(row, when(d.lastSuccess), "when");
      cell(row, d.lastProblem ? when(d.lastProblemAt) + ": " + d.lastProblem : t("none"), d.lastProblem ? "bad" : "");
      if (d.pausedSince) {
        const note = document.createElement("span");
        note.className = "address bad paused";
        note.textContent = t("pausedBy").replace("{who}", d.pausedBy).replace("{when}", when(d.pausedSince));
        name.append(note);
      }
      const actions = cell(row, "", "actions");
      if (session.role !== "viewer") {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = t(d.pausedSince ? "resumeDevice" : "pauseDevice");
        button.addEventListener("click", () => act(async () => {
          await call("POST", d.pausedSince ? "/console/queue/resume" : "/console/queue/pause", { destination: d.name });
          await loadDashboard(false);
        }));
        actions.append(button);
      }
      select.add(new Option(d.name, d.name));
    }
    select.value = chosen;
    const listeners = $("listeners").tBodies[0];
    listeners.replaceChildren();
    if (data.listeners.length === 0) cell(listeners.insertRow(), t("noListeners")).colSpan = 6;
    for (const l of data.listeners) {
      const row = listeners.insertRow();
      const name = cell(row, l.name);
      const address = document.createElement("span");
      address.className = "address";
      address.textContent = l.aeTitle + ", " + t("port") + " " + l.port;
      name.append(address);
      if (!l.running) {
        cell(row, t("notRunning"), "bad").colSpan = 4;
        cell(row, retentionText(l));
        continue;
      }
      cell(row, l.associationsNow, "number");
      cell(row, l.receivedToday, "number");
      cell(row, l.refusedToday, l.refusedToday > 0 ? "number bad" : "number");
      cell(row, l.lastRefusal ? when(l.lastRefusalAt) + ": " + l.lastRefusal : t("none"));
      cell(row, retentionText(l));
    }
    const folders = $("folders").tBodies[0];
    folders.replaceChildren();
    if (data.hotFolders.length === 0) cell(folders.insertRow(), t("noFolders")).colSpan = 4;
    for (const f of data.hotFolders) {
      const row = folders.insertRow();
      cell(row, f.folder);
      cell(row, f.destination);
      cell(row, f.waiting + (f.capped ? "+" : ""), "number");
      cell(row, f.quarantined, f.quarantined > 0 ? "number bad" : "number");
    }
    $("dashboard-time").textContent = when(data.now);
    showProblem(data.problem || "");
  }

  const stateWords = { waiting: "stateWaiting", retrying: "stateRetrying", failed: "stateFailed", sent: "stateSent" };

  async function loadQueue(automatic) {
    const query = new URLSearchParams();
    if ($("filter-destination").value) query.set("destination", $("filter-destination").value);
    if ($("filter-state").value) query.set("state", $("filter-state").value);
    if ($("filter-days").value) query.set("days", $("filter-days").value);
    if (session.seesPatients && $("filter-patient").value.trim()) query.set("patient", $("filter-patient").value.trim());
    const data = await call("GET", "/console/queue?" + query.toString(), undefined, automatic);
    const body = $("entries").tBodies[0];
    body.replaceChildren();
    if (data.entries.length === 0) cell(body.insertRow(), t("noEntries")).colSpan = 8;
    for (const e of data.entries) {
      const row = body.insertRow();
      row.dataset.id = e.id;
      const pick = cell(row, "");
      if (session.role !== "viewer") {
        const box = document.createElement("input");
        box.type = "checkbox";
        box.value = e.id;
        box.setAttribute("aria-label", e.file);
        pick.append(box);
      }
      cell(row, e.file);
      const patient = cell(row, session.seesPatients ? [e.patientName, e.patientId].filter(Boolean).join(", ") : "", "patient");
      patient.hidden = !session.seesPatients;
      cell(row, e.destination);
      cell(row, t(stateWords[e.state] || e.state), e.state === "failed" ? "bad" : e.state === "sent" ? "good" : "");
      const attempts = cell(row, "", "number");
      const history = document.createElement("button");
      history.type = "button";
      history.className = "link";
      history.textContent = e.attempts;
      history.title = t("history");
      history.setAttribute("aria-label", t("history") + ": " + e.attempts);
      history.addEventListener("click", () => act(() => showHistory(row, e.id)));
      attempts.append(history);
      cell(row, e.result);
      cell(row, when(e.updated), "when");
    }
    showProblem(data.problem || "");
  }

  // An entry's attempts, in a row below it (a second click closes it).
  async function showHistory(row, id) {
    const next = row.nextElementSibling;
    if (next && next.classList.contains("history-row")) { next.remove(); return; }
    const data = await call("GET", "/console/queue/history?id=" + id);
    const holder = row.parentNode.insertRow(row.sectionRowIndex + 1);
    holder.className = "history-row";
    const td = holder.insertCell();
    td.colSpan = 8;
    const list = document.createElement("ol");
    for (const a of data.attempts) {
      const item = document.createElement("li");
      item.textContent = when(a.at) + " — " + t("outcome_" + a.outcome.replace(" ", "_")) + (a.status ? " (" + a.status + ")" : "") +
        (a.result ? ": " + a.result : "");
      list.append(item);
    }
    if (data.attempts.length === 0) list.append(Object.assign(document.createElement("li"), { textContent: t("noAttempts") }));
    td.append(list);
  }

  async function loadUsers() {
    const data = await call("GET", "/console/users");
    const body = $("user-list").tBodies[0];
    body.replaceChildren();
    for (const u of data.users) {
      const row = body.insertRow();
      cell(row, u.name);
      cell(row, t(u.role));
      const actions = cell(row, "");
      if (u.name !== session.user) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = t("removeUser");
        button.addEventListener("click", () => act(async () => {
          await call("POST", "/console/users/remove", { name: u.name });
          await loadUsers();
        }));
        actions.append(button);
      }
    }
  }

  async function act(work) {
    try {
      showProblem("");
      await work();
    } catch (e) {
      if (e.message) showProblem(e.message);
    }
  }

  // Each tab's loader; polled every 5 s where it says so (archive.js adds its own).
  const pages = window.consolePages = Object.assign(window.consolePages || {}, {
    dashboard: { load: loadDashboard, refresh: true },
    queue: { load: loadQueue, refresh: true },
    users: { load: loadUsers, refresh: false }
  });

  function showTab(name) {
    current = name;
    for (const page of document.querySelectorAll(".page")) page.hidden = page.id !== name;
    for (const tab of document.querySelectorAll(".tab")) tab.classList.toggle("active", tab.dataset.tab === name);
    clearInterval(timer);
    notice("");
    const page = pages[name];
    act(() => page.load(false));
    if (page.refresh) timer = setInterval(() => act(() => page.load(true)), 5000);
  }

  window.consoleKit = { call, cell, t, when, locale, act, showProblem, notice, session: () => session };

  function selectedIds() {
    return Array.from(document.querySelectorAll("#entries input:checked")).map((box) => Number(box.value));
  }

  document.addEventListener("DOMContentLoaded", () => {
    translatePage();
    $("language").addEventListener("change", () => {
      language = $("language").value;
      localStorage.setItem("pacsdrop.language", language);
      translatePage();
      if (session) { $("user-role").textContent = t(session.role); showTab(current); }
    });
    $("login").addEventListener("submit", (event) => {
      event.preventDefault();
      act(async () => {
        try {
          await call("POST", "/console/login", { user: $("login-user").value, password: $("login-password").value });
        } catch (e) {
          throw new Error(e.message === "user name or password is wrong" ? t("wrongLogin") : e.message);
        }
        $("login-password").value = "";
        await loggedIn();
      });
    });
    $("logout").addEventListener("click", () => act(async () => {
      await call("POST", "/console/logout");
      loggedOut("");
    }));
    for (const tab of document.querySelectorAll(".tab")) tab.addEventListener("click", () => showTab(tab.dataset.tab));
    for (const id of ["filter-destination", "filter-state", "filter-days"]) $(id).addEventListener("change", () => act(() => loadQueue(false)));
    let typing = null; // the list follows the patient typed, after a short pause
    $("filter-patient").addEventListener("input", () => { clearTimeout(typing); typing = setTimeout(() => act(() => loadQueue(false)), 300); });
    $("queue-filter").addEventListener("submit", (event) => { event.preventDefault(); act(() => loadQueue(false)); });
    $("retry").addEventListener("click", () => act(async () => {
      const ids = selectedIds();
      if (ids.length === 0) return;
      const result = await call("POST", "/console/queue/retry", { ids });
      showProblem(result.refused.join("; "));
      await loadQueue(false);
    }));
    $("remove").addEventListener("click", () => act(async () => {
      const ids = selectedIds();
      if (ids.length === 0 || !window.confirm(t("confirmRemove"))) return;
      await call("POST", "/console/queue/remove", { ids });
      await loadQueue(false);
    }));
    $("user-form").addEventListener("submit", (event) => {
      event.preventDefault();
      act(async () => {
        await call("POST", "/console/users", { name: $("new-user").value, role: $("new-role").value,
                                               password: $("new-password").value });
        $("new-password").value = "";
        await loadUsers();
      });
    });
    loggedIn().catch(() => loggedOut(""));
  });
})();
