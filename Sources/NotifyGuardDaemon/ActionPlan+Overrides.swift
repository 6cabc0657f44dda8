import NotifyGuardCore

extension ActionPlan {
    /// The plan with the applied overrides named in the result header (`... override=allow(dkim:partner.example)`).
    /// An override that applied always shows in delivered mail, so accepted mail gets the tag headers then too.
    public func showingOverrides(_ labels: [String], verdict: Verdict, dryRun: Bool) -> ActionPlan {
        guard !labels.isEmpty, reply == nil, !tempfail else { return self }
        var plan = self
        let note = " override=" + HeaderText.clean(labels.joined(separator: ","), limit: 300)
        let resultIndex = plan.edits.firstIndex { edit in
            if case .addHeader(let name, _) = edit { return name == Self.resultHeader }
            return false
        }
        if let resultIndex, case .addHeader(let name, let value) = plan.edits[resultIndex] {
            plan.edits[resultIndex] = .addHeader(name: name, value: value + note)
            return plan
        }
        // Accepted without tag headers: add them where the plan would have, after the forged-header deletions.
        var headers = Self.tagHeaders(verdict: verdict, dryRun: dryRun)
        if let first = headers.first, case .addHeader(let name, let value) = first {
            headers[0] = .addHeader(name: name, value: value + note)
        }
        let position =
            plan.edits.firstIndex { edit in
                if case .deleteHeader = edit { return false }
                return true
            } ?? plan.edits.endIndex
        plan.edits.insert(contentsOf: headers, at: position)
        return plan
    }
}
