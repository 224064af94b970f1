// The console's settings page (administrators): devices, listeners and hot folders as tables with
// an edit form each — the usual fields as inputs, everything else in the entry's JSON below them,
// so no setting is lost by editing — and the Local archive's retention. The server validates and
// names the field that is wrong; serve applies a saved change without a restart.
"use strict";
(function () {
  const kit = () => window.consoleKit;
  const $ = (id) => document.getElementById(id);
  let saved = null; // the settings as the server last sent them

  // Per section: the fields the form shows (key, label key, kind) and the columns of its table.
  const sections = {
    devices: { key: "name", fields: [["name", "fName"], ["aeTitle", "fAeTitle"], ["host", "fHost"], ["port", "fPort", "number"],
                                     ["description", "fDescription"]],
               columns: (d) => [d.name, d.aeTitle + "@" + d.host + ":" + d.port, d.description || ""] },
    listeners: { key: "name", fields: [["name", "fName"], ["aeTitle", "fAeTitle"], ["port", "fPort", "number"],
                                       ["forwardTo", "fForwardTo", "list"], ["retention.keepDays", "fKeepDays", "number"],
                                       ["retention.keepGigabytes", "fKeepGigabytes", "number"]],
                 columns: (l) => [l.name, l.aeTitle + ", " + kit().t("port") + " " + l.port, (l.forwardTo || []).join(", ") || kit().t("storesOnly")] },
    hotFolders: { key: "folder", fields: [["folder", "fFolder"], ["destination", "fDestination"]],
                  columns: (h) => [h.folder, h.destination, ""] }
  };

  function getPath(obj, path) { return path.split(".").reduce((o, k) => (o || {})[k], obj); }
  function setPath(obj, path, value) {
    const keys = path.split(".");
    let o = obj;
    for (const k of keys.slice(0, -1)) o = o[k] = o[k] || {};
    o[keys[keys.length - 1]] = value;
  }

  function openForm(section, entry) {
    const { t } = kit();
    const form = $("settings-form");
    form.hidden = false;
    form.dataset.section = section;
    form.dataset.replacing = entry ? entry[sections[section].key] : "";
    const adding = { devices: "addDevice", listeners: "addListener", hotFolders: "addFolder" }[section];
    $("settings-form-title").textContent = entry ? t("editEntry") + ": " + entry[sections[section].key] : t(adding);
    const holder = $("settings-fields");
    holder.replaceChildren();
    for (const [path, label, kind] of sections[section].fields) {
      const wrap = document.createElement("label");
      const span = document.createElement("span");
      span.textContent = t(label);
      const input = document.createElement("input");
      input.dataset.path = path;
      input.dataset.kind = kind || "text";
      if (kind === "number") { input.type = "number"; input.min = "0"; input.step = "any"; }
      const value = entry ? getPath(entry, path) : undefined;
      input.value = value === undefined ? "" : kind === "list" ? value.join(", ") : value;
      wrap.append(span, input);
      holder.append(wrap);
    }
    $("settings-json").value = JSON.stringify(entry || {}, null, 2);
    $("echo-result").textContent = "";
    $("echo").hidden = section !== "devices";
    holder.querySelector("input").focus();
  }

  // The entry as the form has it: the JSON below, with the fields above written into it.
  function formEntry() {
    let entry;
    try { entry = JSON.parse($("settings-json").value || "{}"); } catch (e) { throw new Error(kit().t("badJson") + " " + e.message); }
    for (const input of $("settings-fields").querySelectorAll("input")) {
      const kind = input.dataset.kind;
      const text = input.value.trim();
      const value = kind === "number" ? (text === "" ? 0 : Number(text)) :
        kind === "list" ? text.split(",").map((s) => s.trim()).filter(Boolean) : text;
      setPath(entry, input.dataset.path, value);
    }
    return entry;
  }

  function fillTable(section) {
    const { t, cell, call, act } = kit();
    const body = $("settings-" + section).tBodies[0];
    body.replaceChildren();
    const items = saved[section];
    if (items.length === 0) cell(body.insertRow(), t("noneYet")).colSpan = 4;
    for (const item of items) {
      const row = body.insertRow();
      for (const text of sections[section].columns(item)) cell(row, text);
      const actions = cell(row, "", "actions");
      const edit = document.createElement("button");
      edit.type = "button";
      edit.textContent = t("edit");
      edit.addEventListener("click", () => openForm(section, item));
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "danger";
      remove.textContent = t("remove");
      remove.addEventListener("click", () => act(async () => {
        if (!window.confirm(t("confirmRemoveSetting"))) return;
        show(await call("POST", "/console/settings/" + section + "/remove", { name: item[sections[section].key] }));
      }));
      actions.append(edit, remove);
    }
  }

  function show(settings) {
    saved = settings;
    for (const section of Object.keys(sections)) fillTable(section);
    $("archive-keep-days").value = settings.localArchiveRetention.keepDays;
    $("archive-keep-gb").value = settings.localArchiveRetention.keepGigabytes;
  }

  async function loadSettings() {
    show(await kit().call("GET", "/console/settings"));
  }

  window.consolePages = window.consolePages || {};
  window.consolePages.settings = { load: loadSettings, refresh: false };

  document.addEventListener("DOMContentLoaded", () => {
    for (const section of Object.keys(sections))
      $("add-" + section).addEventListener("click", () => openForm(section, null));
    $("settings-form").addEventListener("submit", (event) => {
      event.preventDefault();
      kit().act(async () => {
        const form = $("settings-form");
        show(await kit().call("POST", "/console/settings/" + form.dataset.section, { entry: formEntry(), replacing: form.dataset.replacing }));
        form.hidden = true;
        kit().notice(kit().t("settingsSaved"));
      });
    });
    $("settings-cancel").addEventListener("click", () => { $("settings-form").hidden = true; });
    $("echo").addEventListener("click", () => kit().act(async () => {
      $("echo-result").textContent = kit().t("echoing");
      $("echo-result").className = "";
      const result = await kit().call("POST", "/console/settings/echo", { entry: formEntry() });
      $("echo-result").textContent = result.ok ? kit().t("echoOk").replace("{ms}", result.milliseconds) : result.message;
      $("echo-result").className = result.ok ? "good" : "bad";
    }));
    $("retention-form").addEventListener("submit", (event) => {
      event.preventDefault();
      kit().act(async () => {
        show(await kit().call("POST", "/console/settings/retention", { keepDays: Number($("archive-keep-days").value || 0),
                                                                      keepGigabytes: Number($("archive-keep-gb").value || 0) }));
        kit().notice(kit().t("settingsSaved"));
      });
    });
  });
})();
