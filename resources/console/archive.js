// The console's archive page: each store's patients and studies, a study's series with
// thumbnails, download, forward and delete; and retention's dry run per store. Uses the helpers
// console.js shares in window.consoleKit.
"use strict";
(function () {
  const kit = () => window.consoleKit;
  const $ = (id) => document.getElementById(id);

  function bytesText(bytes) {
    if (bytes >= 1e9) return (bytes / 1e9).toFixed(1) + " GB";
    if (bytes >= 1e6) return (bytes / 1e6).toFixed(1) + " MB";
    return bytes === 0 ? "0 kB" : Math.max(1, Math.round(bytes / 1e3)) + " kB";
  }

  function filesText(n) { return n === 1 ? kit().t("oneFile") : kit().t("filesCount").replace("{n}", n); }

  // A DICOM date (20240131) as people write it, with the month named.
  function studyDate(dicom) {
    const { t } = kit();
    if (!/^\d{8}$/.test(dicom || "")) return t("noDate");
    const date = new Date(Date.UTC(+dicom.slice(0, 4), +dicom.slice(4, 6) - 1, +dicom.slice(6, 8)));
    return new Intl.DateTimeFormat(kit().locale(), { dateStyle: "medium", timeZone: "UTC" }).format(date);
  }

  function button(text, onClick, className) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (className) b.className = className;
    b.addEventListener("click", onClick);
    return b;
  }

  function query(store, study) { return "store=" + encodeURIComponent(store) + "&study=" + encodeURIComponent(study); }

  async function showSeries(row, store, study) {
    const { call, t } = kit();
    const next = row.nextElementSibling;
    if (next && next.classList.contains("series-row")) { next.remove(); return; }
    const data = await call("GET", "/console/archive/study?" + query(store.id, study.uid));
    const holder = row.parentNode.insertRow(row.sectionRowIndex + 1);
    holder.className = "series-row";
    const td = holder.insertCell();
    td.colSpan = 8;
    const list = document.createElement("div");
    list.className = "series-list";
    for (const s of data.series) {
      const card = document.createElement("figure");
      card.className = "series";
      if (kit().session().seesPatients) {
        const img = document.createElement("img");
        img.alt = t("thumbnailOf").replace("{s}", s.description || s.modality || s.kind);
        img.width = 128;
        img.height = 128;
        img.loading = "lazy";
        img.src = "/console/archive/thumbnail?" + query(store.id, study.uid) + "&series=" + encodeURIComponent(s.uid);
        img.addEventListener("error", () => { img.replaceWith(Object.assign(document.createElement("span"), { className: "no-picture", textContent: t("noPicture") })); });
        card.append(img);
      }
      const caption = document.createElement("figcaption");
      caption.textContent = [s.modality, s.description || s.kind.replace(/ Storage$/, "")].filter(Boolean).join(" · ") + " — " +
        filesText(s.instances) + ", " + bytesText(s.bytes);
      card.append(caption);
      list.append(card);
    }
    td.append(list);
  }

  function studyActions(cellEl, store, study, devices) {
    const { call, t, act, session, showProblem } = kit();
    const role = session().role;
    cellEl.className = "actions";
    cellEl.append(button(t("series"), (e) => act(() => showSeries(e.target.closest("tr"), store, study))));
    if (session().seesPatients) {
      const link = document.createElement("a");
      link.href = "/console/archive/download?" + query(store.id, study.uid);
      link.textContent = t("download");
      link.className = "button";
      link.setAttribute("download", "");
      cellEl.append(link);
    }
    if (role !== "viewer" && devices.length > 0) {
      const pick = document.createElement("select");
      pick.setAttribute("aria-label", t("forwardTo"));
      for (const d of devices) pick.add(new Option(d, d));
      cellEl.append(pick, button(t("forward"), () => act(async () => {
        const result = await call("POST", "/console/archive/forward", { store: store.id, study: study.uid, device: pick.value });
        showProblem("");
        kit().notice(t("forwarded").replace("{n}", result.queued).replace("{d}", result.device));
      })));
    }
    if (role === "administrator") {
      cellEl.append(button(t("deleteStudy"), () => act(async () => {
        if (!window.confirm(t("confirmDelete"))) return;
        await call("POST", "/console/archive/delete", { store: store.id, study: study.uid });
        await loadArchive(false);
      }), "danger"));
    }
  }

  function storeSection(store, devices) {
    const { t, cell, session } = kit();
    const section = document.createElement("section");
    section.className = "store";
    section.dataset.store = store.id;
    const title = document.createElement("h2");
    title.textContent = store.name;
    const facts = document.createElement("p");
    facts.className = "quiet";
    facts.textContent = filesText(store.instances) + ", " + bytesText(store.bytes) +
      (store.unreadable > 0 ? "; " + t("unreadableCount").replace("{n}", store.unreadable) : "") + " · " + store.folder;
    section.append(title, facts);
    const table = document.createElement("table");
    table.className = "studies";
    const head = table.createTHead().insertRow();
    for (const key of ["patient", "studyDate", "studyDescription", "modalities", "seriesCount", "filesHeader", "size", ""]) {
      const th = document.createElement("th");
      th.textContent = key ? t(key) : "";
      head.append(th);
    }
    const body = table.createTBody();
    let studies = 0;
    for (const p of store.patients) {
      for (const s of p.studies) {
        ++studies;
        const row = body.insertRow();
        row.dataset.study = s.uid;
        const who = session().seesPatients ? [p.name, p.id].filter(Boolean).join(", ") : t("patientNumber").replace("{n}", p.number);
        cell(row, who || t("noName"));
        cell(row, studyDate(s.date), "when");
        cell(row, s.description);
        cell(row, s.modalities.join(", "));
        cell(row, s.series, "number");
        cell(row, s.instances, "number");
        cell(row, bytesText(s.bytes), "number");
        studyActions(row.insertCell(), store, s, devices);
      }
    }
    if (studies === 0) cell(body.insertRow(), t("emptyStore")).colSpan = 8;
    section.append(table);
    return section;
  }

  async function loadRetention() {
    const { call, t, cell, when, session } = kit();
    const data = await call("GET", "/console/retention");
    const body = $("retention-plans").tBodies[0];
    body.replaceChildren();
    if (data.plans.length === 0) cell(body.insertRow(), t("noRetention")).colSpan = 5;
    for (const p of data.plans) {
      const row = body.insertRow();
      row.dataset.store = p.store;
      cell(row, p.store);
      cell(row, filesText(p.files) + ", " + bytesText(p.bytes), "number");
      cell(row, p.toDelete > 0 ? t("wouldDelete").replace("{n}", p.toDelete).replace("{b}", bytesText(p.bytesToDelete))
        .replace("{from}", when(p.oldest)).replace("{to}", when(p.newest)) + " (" + p.why + ")" : t("nothingToDelete"));
      cell(row, p.keptUndelivered, p.keptUndelivered > 0 ? "number bad" : "number");
      cell(row, data.lastRuns.filter((r) => r.store === p.store).map((r) => when(r.at) + ": " +
        t("deletedCount").replace("{n}", r.deleted)).join("; ") || t("never"));
    }
    $("retention-run").hidden = session().role !== "administrator" || data.plans.length === 0;
  }

  async function loadArchive(automatic) {
    const { call } = kit();
    const data = await call("GET", "/console/archive", undefined, automatic);
    const holder = $("stores");
    holder.replaceChildren(...data.stores.map((s) => storeSection(s, data.devices)));
    if (!automatic) await loadRetention();
  }

  window.consolePages = window.consolePages || {};
  window.consolePages.archive = { load: loadArchive, refresh: false };

  document.addEventListener("DOMContentLoaded", () => {
    $("retention-run").addEventListener("click", () => kit().act(async () => {
      if (!window.confirm(kit().t("confirmRetention"))) return;
      await kit().call("POST", "/console/retention/run", {});
      await loadArchive(false);
    }));
  });
})();
