using System.Reflection;
using System.Text.RegularExpressions;
using PosVendas.Application.Common.Exceptions;
using PosVendas.Application.Localization;
using PosVendas.Domain.Common;

namespace PosVendas.Architecture.Tests;

/// <summary>
/// Every text the API writes itself comes from one table, in pt-BR, en and es; rules and resources are found there by
/// their types, so a new one without texts fails here instead of answering in no language.
/// </summary>
public sealed partial class TextTableTests
{
    private static readonly Assembly Domain = typeof(IBusinessRule).Assembly;

    [Fact]
    public void Every_text_has_all_three_languages_with_the_same_placeholders()
    {
        var entries = AllEntries().ToList();

        entries.Should().HaveCountGreaterThan(60);
        foreach (var (name, text) in entries)
        {
            new[] { text.PtBr, text.En, text.Es }.Should().OnlyContain(language => !string.IsNullOrWhiteSpace(language), name);
            Placeholders(text.En).Should().Equal(Placeholders(text.PtBr), $"{name} names the same values in English");
            Placeholders(text.Es).Should().Equal(Placeholders(text.PtBr), $"{name} names the same values in Spanish");
        }
    }

    [Fact]
    public void Every_business_rule_has_its_text_and_every_rule_text_a_rule()
    {
        var rules = Domain.GetTypes().Where(type => typeof(IBusinessRule).IsAssignableFrom(type) && type is { IsInterface: false, IsAbstract: false });

        rules.Should().NotBeEmpty().And.BeEquivalentTo(Texts.Rules.Keys);
    }

    [Fact]
    public void A_rules_name_is_its_type_name_and_no_rule_declares_its_own()
    {
        var rules = Domain.GetTypes().Where(type => typeof(IBusinessRule).IsAssignableFrom(type) && !type.IsInterface).ToList();

        rules.Should().OnlyContain(type => type.Name.EndsWith("Rule", StringComparison.Ordinal));
        rules.Should().OnlyContain(type => type.GetProperty(nameof(IBusinessRule.Name), BindingFlags.Public | BindingFlags.Instance) == null);
        BusinessRuleName.Of(typeof(Domain.Tickets.Rules.ClosedTicketTakesNoRepliesRule)).Should().Be("ClosedTicketTakesNoReplies");
    }

    [Fact]
    public void Every_resource_has_its_not_found_text()
    {
        Texts.NotFound.Keys.Should().BeEquivalentTo(Enum.GetValues<Resource>());
    }

    [Fact]
    public void Every_field_a_validator_checks_has_its_name_in_every_language()
    {
        var validators = typeof(Texts).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(FluentValidation.IValidator).IsAssignableFrom(type))
            .Select(type => (FluentValidation.IValidator)Activator.CreateInstance(type, nonPublic: true)!)
            .ToList();

        var fields = validators
            .SelectMany(validator => validator.CreateDescriptor().GetMembersWithValidators().Select(member => member.Key))
            .Where(name => name.Length > 0 && char.IsUpper(name[0])) // lower-case names are wire names given on purpose ("q")
            .Distinct()
            .ToList();

        validators.Should().HaveCountGreaterThan(15);
        fields.Should().OnlyContain(name => Texts.FieldNames.ContainsKey(name), "a message names the field as the caller reads it");
    }

    [Fact]
    public void A_text_speaks_the_language_asked_for_and_Portuguese_otherwise()
    {
        var text = Texts.Email.StatusChangedBody;

        text.In("en", 7, "Done").Should().Be("Your ticket #7 is now: Done.");
        text.In("es-AR", 7, "Hecho").Should().Be("Su solicitud #7 ahora está en: Hecho.");
        text.In("fr", 7, "Feito").Should().Be("Seu chamado #7 agora está em: Feito.");
        Texts.MustNotBeEmpty.In("en").Should().Contain("{PropertyName}", "without arguments the text is not formatted");
    }

    /// <summary>Every entry of the table: its fields, its nested classes' fields and its dictionaries' values.</summary>
    private static IEnumerable<(string Name, Translation Text)> AllEntries()
    {
        foreach (var type in new[] { typeof(Texts) }.Concat(typeof(Texts).GetNestedTypes()))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(Translation)))
            {
                yield return ($"{type.Name}.{field.Name}", (Translation)field.GetValue(null)!);
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Static))
            {
                if (property.GetValue(null) is System.Collections.IDictionary dictionary)
                {
                    foreach (System.Collections.DictionaryEntry entry in dictionary)
                    {
                        yield return ($"{property.Name}[{entry.Key}]", (Translation)entry.Value!);
                    }
                }
            }
        }
    }

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(match => match.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<!\{)\{[0-9A-Za-z]+\}(?!\})")]
    private static partial Regex Placeholder();
}
